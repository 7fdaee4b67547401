using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EtProtocolGen.Wire
{
    /// <summary>
    /// Writes the protobuf wire format into a span with room for the whole message: sized exactly (<see cref="ProtoSize"/>,
    /// the generated <c>CalculateSize</c>) or by the generated <c>CalculateSizeBound</c>, an upper bound that measures no varint
    /// or UTF-8, so writes never need to grow a buffer. Embedded messages are not sized first either: see
    /// <see cref="BeginLengthDelimited"/>.
    /// </summary>
    public ref struct ProtoWriter
    {
        private readonly Span<byte> _buffer;
        private int _position;

        /// <summary>Creates a writer over <paramref name="buffer"/>.</summary>
        public ProtoWriter(Span<byte> buffer)
        {
            _buffer = buffer;
            _position = 0;
        }

        /// <summary>Messages whose size bound is at most this many bytes are written without a size pass even when the writer must grow.</summary>
        private const int SmallMessageBound = 4096;

        /// <summary>
        /// For generated <c>WriteTo</c>: the span of <paramref name="output"/> to write a message whose size is at most
        /// <paramref name="bound"/> into without sizing it exactly, when the bound fits the span the writer has free (or is at
        /// most 4 KiB, which the writer is asked for) and is within <paramref name="maxMessageSize"/>. False when the message must
        /// be sized exactly first (<see cref="GetExactSpan"/>), so a large message never makes the writer reserve more than it needs.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool TryGetBoundedSpan(System.Buffers.IBufferWriter<byte> output, long bound, int maxMessageSize, out Span<byte> span)
        {
            if (output is null)
            {
                ThrowHelper.ThrowArgumentNull(nameof(output));
            }

            span = output.GetSpan();
            if (bound > span.Length && bound <= SmallMessageBound)
            {
                span = output.GetSpan((int)bound);
            }

            if (bound <= span.Length && bound <= maxMessageSize)
            {
                span = span.Slice(0, (int)bound);
                return true;
            }

            span = default;
            return false;
        }

        /// <summary>For generated <c>WriteTo</c>: exactly <paramref name="size"/> bytes of <paramref name="output"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Span<byte> GetExactSpan(System.Buffers.IBufferWriter<byte> output, int size) => output.GetSpan(size).Slice(0, size);

        /// <summary>Bytes written so far.</summary>
        public int Position => _position;

        /// <summary>Writes a tag (varint).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteTag(uint tag) => WriteVarint32(tag);

        /// <summary>Writes one pre-encoded byte (a one-byte tag).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteRawByte(byte value) => _buffer[_position++] = value;

        /// <summary>Writes a varint of up to 5 bytes.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteVarint32(uint value)
        {
            if (value < 0x80)
            {
                _buffer[_position++] = (byte)value;
                return;
            }

            _position = WriteVarintSlow(_buffer, _position, value);
        }

        /// <summary>Writes a varint of up to 10 bytes.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteVarint64(ulong value)
        {
            if (value < 0x80)
            {
                _buffer[_position++] = (byte)value;
                return;
            }

            _position = WriteVarintSlow(_buffer, _position, value);
        }

        // The paths the writer's inlined members call are static, taking the buffer and position and returning the new
        // position: an instance call would take the writer's address, and a generated WriteFields that copies the writer
        // into a local (so the JIT keeps its span and position in registers) must never let that address escape.

        /// <summary>Writes a varint of 2 bytes or more at <paramref name="position"/>; returns the position after it.</summary>
        private static int WriteVarintSlow(Span<byte> buffer, int position, ulong value)
        {
            if (buffer.Length - position >= 10)
            {
                // Room for the longest varint: no per-byte bounds check.
                return position + WriteVarintWithRoom(ref Unsafe.Add(ref MemoryMarshal.GetReference(buffer), position), value);
            }

            return WriteVarintChecked(buffer, position, value);
        }

        /// <summary>Writes a varint byte by byte, each byte bounds-checked: near the end of the span.</summary>
        private static int WriteVarintChecked(Span<byte> buffer, int position, ulong value)
        {
            while (value >= 0x80)
            {
                buffer[position++] = (byte)(value | 0x80);
                value >>= 7;
            }

            buffer[position++] = (byte)value;
            return position;
        }

        /// <summary>
        /// Writes a varint at <paramref name="start"/>, which the caller has checked has room for the longest (10 bytes); returns
        /// its length.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int WriteVarintWithRoom(ref byte start, ulong value)
        {
            // One to three bytes (small numbers, map keys, counts) unrolled: a branch per width, not per byte.
            if (value < 0x80)
            {
                start = (byte)value;
                return 1;
            }

            if (value < 1UL << 14)
            {
                start = (byte)(value | 0x80);
                Unsafe.Add(ref start, 1) = (byte)(value >> 7);
                return 2;
            }

            if (value < 1UL << 21)
            {
                start = (byte)(value | 0x80);
                Unsafe.Add(ref start, 1) = (byte)((value >> 7) | 0x80);
                Unsafe.Add(ref start, 2) = (byte)(value >> 14);
                return 3;
            }

#if NETCOREAPP3_0_OR_GREATER
            if (BitConverter.IsLittleEndian && value < 1UL << 56)
            {
                return WriteVarint4To8(ref start, value);
            }
#endif
            int count = 0;
            while (value >= 0x80)
            {
                Unsafe.Add(ref start, count++) = (byte)(value | 0x80);
                value >>= 7;
            }

            Unsafe.Add(ref start, count++) = (byte)value;
            return count;
        }

        /// <summary>The most bytes <see cref="WriteVarintMapEntry(ulong, ulong)"/> writes: a one-byte length, two one-byte tags, two 10-byte varints.</summary>
        private const int MaxVarintMapEntry = 23;

        /// <summary>
        /// For generated code, after a map field's tag: one entry whose key (field 1) and value (field 2) are both varints (the
        /// numbers as <c>WriteInt32</c>, <c>WriteSInt64</c>, <c>WriteBool</c>... write them), as its one-byte length (at most 22
        /// bytes follow), the key's tag and varint, the value's tag and varint. Where the span has room for the longest entry
        /// (23 bytes) that is one bounds check for all of them, as the varint writer makes one for its 10 bytes; nearer its end,
        /// every byte is checked.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteVarintMapEntry(ulong key, ulong value) => _position = WriteVarintMapEntry(_buffer, _position, key, value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int WriteVarintMapEntry(Span<byte> buffer, int position, ulong key, ulong value)
        {
            if (buffer.Length - position < MaxVarintMapEntry)
            {
                return WriteVarintMapEntryChecked(buffer, position, key, value);
            }

            ref byte start = ref Unsafe.Add(ref MemoryMarshal.GetReference(buffer), position);
            Unsafe.Add(ref start, 1) = 0x08;
            int length = 1 + WriteVarintWithRoom(ref Unsafe.Add(ref start, 2), key);
            Unsafe.Add(ref start, 1 + length) = 0x10;
            length += 1 + WriteVarintWithRoom(ref Unsafe.Add(ref start, 2 + length), value);
            start = (byte)length;
            return position + 1 + length;
        }

        private static int WriteVarintMapEntryChecked(Span<byte> buffer, int position, ulong key, ulong value)
        {
            int lengthAt = position++;
            buffer[position++] = 0x08;
            position = WriteVarintChecked(buffer, position, key);
            buffer[position++] = 0x10;
            position = WriteVarintChecked(buffer, position, value);
            buffer[lengthAt] = (byte)(position - lengthAt - 1);
            return position;
        }

#if NETCOREAPP3_0_OR_GREATER
        /// <summary>
        /// Writes a varint of 4 to 8 bytes (2^21 &lt;= <paramref name="value"/> &lt; 2^56, such as a 64-bit id) at <paramref name="start"/>,
        /// which has room for 10, without a branch per byte: the 7-bit groups are spread into the bytes of one word, every byte but
        /// the last gets its continuation bit, and the exact bytes are stored as two overlapping 4-byte stores (nothing past the
        /// varint is written). Returns its length. Shorter varints are written as their one to three bytes, which measured
        /// cheaper than the spreading.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int WriteVarint4To8(ref byte start, ulong value)
        {
            // (significant bits + 6) / 7, as ProtoSize.Varint64.
            int count = (int)(((uint)(63 - System.Numerics.BitOperations.LeadingZeroCount(value)) * 9 + 73) >> 6);

            // 56 bits -> two 28-bit halves -> four 14-bit quarters -> eight 7-bit groups, one a byte.
            ulong groups = (value & 0x000000000FFFFFFFUL) | ((value & 0x00FFFFFFF0000000UL) << 4);
            groups = (groups & 0x00003FFF00003FFFUL) | ((groups & 0x0FFFC0000FFFC000UL) << 2);
            groups = (groups & 0x007F007F007F007FUL) | ((groups & 0x3F803F803F803F80UL) << 1);
            groups |= 0x8080808080808080UL >> (72 - (8 * count));
            Unsafe.WriteUnaligned(ref start, (uint)groups);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref start, count - 4), (uint)(groups >> (8 * (count - 4))));
            return count;
        }
#endif

        /// <summary>Writes an int32 (negative values take 10 bytes, as protobuf requires).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteInt32(int value) => WriteVarint64((ulong)(long)value);

        /// <summary>Writes an int64.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteInt64(long value) => WriteVarint64((ulong)value);

        /// <summary>Writes a uint32.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteUInt32(uint value) => WriteVarint32(value);

        /// <summary>Writes a uint64.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteUInt64(ulong value) => WriteVarint64(value);

        /// <summary>Writes a sint32 (ZigZag).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteSInt32(int value) => WriteVarint32(WireFormat.EncodeZigZag32(value));

        /// <summary>Writes a sint64 (ZigZag).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteSInt64(long value) => WriteVarint64(WireFormat.EncodeZigZag64(value));

        /// <summary>Writes a bool.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteBool(bool value) => _buffer[_position++] = value ? (byte)1 : (byte)0;

        /// <summary>Writes a fixed32 (little-endian).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteFixed32(uint value)
        {
            // One bounds check for the four bytes (the slice's; writing into Slice(_position) made a second, of its length).
            Span<byte> bytes = _buffer.Slice(_position, 4);
            Unsafe.WriteUnaligned(ref MemoryMarshal.GetReference(bytes), BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value));
            _position += 4;
        }

        /// <summary>Writes a fixed64 (little-endian).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteFixed64(ulong value)
        {
            Span<byte> bytes = _buffer.Slice(_position, 8);
            Unsafe.WriteUnaligned(ref MemoryMarshal.GetReference(bytes), BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value));
            _position += 8;
        }

        /// <summary>Writes an sfixed32.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteSFixed32(int value) => WriteFixed32((uint)value);

        /// <summary>Writes an sfixed64.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteSFixed64(long value) => WriteFixed64((ulong)value);

        /// <summary>Writes a float.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteFloat(float value) => WriteFixed32((uint)BitConverterCompat.SingleToInt32Bits(value));

        /// <summary>Writes a double.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteDouble(double value) => WriteFixed64((ulong)BitConverter.DoubleToInt64Bits(value));

        /// <summary>Writes a length prefix.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteLength(int length) => WriteVarint32((uint)length);

        /// <summary>
        /// Starts a length-delimited value (an embedded message) without sizing it first: reserves one byte for the
        /// length prefix and returns where it is, for <see cref="EndLengthDelimited(int)"/>.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int BeginLengthDelimited() => _position++;

        /// <summary>
        /// Ends the value started at <paramref name="prefixPosition"/>: writes its length prefix. A value of 128 bytes or
        /// more needs a longer prefix, so it moves up; the room is there because the writer was sized for the whole message.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void EndLengthDelimited(int prefixPosition)
        {
            int length = _position - prefixPosition - 1;
            if (length < 0x80)
            {
                _buffer[prefixPosition] = (byte)length;
                return;
            }

            _position = MoveUpAndPrefix(_buffer, prefixPosition, length);
        }

        /// <summary>
        /// Ends the value started at <paramref name="prefixPosition"/> that cannot reach 128 bytes: writes its one-byte length
        /// prefix. For generated code, which calls it only where the generator knows the value's largest size (a message of
        /// fixed-size fields, a map entry of numbers) is below 128 bytes; <see cref="EndLengthDelimited(int)"/> otherwise.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void EndShortLengthDelimited(int prefixPosition)
        {
            int length = _position - prefixPosition - 1;
            System.Diagnostics.Debug.Assert(length < 0x80, "EndShortLengthDelimited on a value of 128 bytes or more");
            _buffer[prefixPosition] = (byte)length;
        }

        /// <summary>Moves a value of 128 bytes or more up to make room for its longer length prefix; returns the position after it.</summary>
        private static int MoveUpAndPrefix(Span<byte> buffer, int prefixPosition, int length)
        {
            int prefixWidth = ProtoSize.Varint32((uint)length);

            // Overlapping copy: Span.CopyTo moves like memmove.
            buffer.Slice(prefixPosition + 1, length).CopyTo(buffer.Slice(prefixPosition + prefixWidth, length));
            return WriteVarintSlow(buffer, prefixPosition, (uint)length) + length;
        }

        /// <summary>Writes a string as a length prefix and its UTF-8 bytes.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteString(string value) => _position = WriteString(_buffer, _position, value);

        /// <summary>Writes a string whose UTF-8 byte count the caller already knows.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteString(string value, int utf8ByteCount) => _position = WriteString(_buffer, _position, value, utf8ByteCount);

        /// <summary>Writes bytes as a length prefix and the bytes.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteBytes(ReadOnlySpan<byte> value) => _position = WriteBytes(_buffer, _position, value);

        private static int WriteString(Span<byte> buffer, int position, string value)
        {
            if (value.Length == 0)
            {
                buffer[position] = 0;
                return position + 1;
            }

            // At most 42 chars encode to at most 126 UTF-8 bytes, so the length prefix is one byte: encode right after it
            // and fill it in afterwards, instead of counting the UTF-8 bytes before encoding them.
            if (value.Length <= MaxCharsWithOneByteLength)
            {
                int written = Utf8Text.GetBytes(value, buffer.Slice(position + 1));
                buffer[position] = (byte)written;
                return position + 1 + written;
            }

            // Likewise when the length prefix of the longest UTF-8 form (3 bytes a char) is as wide as that of the shortest
            // (1 byte a char), as for 128 to 5,461 chars (2 bytes): the prefix width is known before encoding, so the string is
            // encoded once, straight after it, instead of counted first. The span holds the bytes: the writer has room for them.
            int prefixWidth = ProtoSize.Varint32((uint)value.Length);
            if (prefixWidth == ProtoSize.Varint32((uint)value.Length * 3))
            {
                int encoded = Utf8Text.GetBytes(value, buffer.Slice(position + prefixWidth));
                return WriteVarint(buffer, position, (uint)encoded) + encoded;
            }

            return WriteString(buffer, position, value, Utf8Text.GetByteCount(value));
        }

        /// <summary>The longest string whose UTF-8 form (at most 3 bytes a char) always has a one-byte length prefix.</summary>
        private const int MaxCharsWithOneByteLength = 127 / 3;

        private static int WriteString(Span<byte> buffer, int position, string value, int utf8ByteCount)
        {
            position = WriteVarint(buffer, position, (uint)utf8ByteCount);
            return position + Utf8Text.GetBytes(value, buffer.Slice(position, utf8ByteCount));
        }

        private static int WriteBytes(Span<byte> buffer, int position, ReadOnlySpan<byte> value)
        {
            position = WriteVarint(buffer, position, (uint)value.Length);
            value.CopyTo(buffer.Slice(position));
            return position + value.Length;
        }

        /// <summary>Writes a varint at <paramref name="position"/>; returns the position after it.</summary>
        private static int WriteVarint(Span<byte> buffer, int position, uint value)
        {
            if (value < 0x80)
            {
                buffer[position] = (byte)value;
                return position + 1;
            }

            return WriteVarintSlow(buffer, position, value);
        }
    }
}
