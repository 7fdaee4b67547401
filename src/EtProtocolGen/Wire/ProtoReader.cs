using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace EtProtocolGen.Wire
{
    /// <summary>
    /// Reads the protobuf wire format from a span. Every read checks the bytes left; every length is checked
    /// against the bytes left (and the caller's limit) before anything is allocated; nesting is counted and
    /// bounded. Malformed input ends in <see cref="ProtocolException"/>, never another exception.
    /// </summary>
    public ref struct ProtoReader
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private readonly ReadOnlySpan<byte> _buffer;
        private readonly int _depth;
        private int _maxDepth;
        private int _position;
        private int _fieldNumber;

        /// <summary>Creates a reader over one whole encoded message.</summary>
        /// <param name="buffer">The encoded message.</param>
        /// <param name="maxDepth">The deepest nesting of messages accepted (1 .. <see cref="ProtocolLimitsAttribute.MaxSupportedDepth"/>).</param>
        public ProtoReader(ReadOnlySpan<byte> buffer, int maxDepth = ProtocolLimitsAttribute.DefaultMaxDepth)
            : this(buffer, depth: 0, ClampDepth(maxDepth), fieldNumber: 0)
        {
        }

        private ProtoReader(ReadOnlySpan<byte> buffer, int depth, int maxDepth, int fieldNumber)
        {
            _buffer = buffer;
            _depth = depth;
            _maxDepth = maxDepth;
            _position = 0;
            _fieldNumber = fieldNumber;
        }

        /// <summary>How many messages enclose the one being read (0 for the outermost).</summary>
        public int Depth => _depth;

        /// <summary>The deepest nesting this reader accepts.</summary>
        public int MaxDepth => _maxDepth;

        /// <summary>Bytes consumed so far.</summary>
        public int Position => _position;

        /// <summary>Bytes left.</summary>
        public int Remaining => _buffer.Length - _position;

        /// <summary>True when every byte has been read.</summary>
        public bool IsAtEnd => _position >= _buffer.Length;

        /// <summary>The field number of the last tag read, used to name the field in errors.</summary>
        public int FieldNumber => _fieldNumber;

        /// <summary>
        /// Reads the next tag, or returns 0 at the end of the message. Refuses field number 0, field numbers
        /// above 2^29-1, over-long tags and wire types 3, 4, 6 and 7.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public uint ReadTag()
        {
            if (_position >= _buffer.Length)
            {
                return 0;
            }

            uint tag = _buffer[_position];
            if (tag < 0x80 && tag >= 8 && ((0b_1101_1000 >> (int)(tag & 7)) & 1) == 0)
            {
                // One-byte tag of a valid field number and wire type 0, 1, 2 or 5: the common case.
                _position++;
                _fieldNumber = (int)(tag >> 3);
                return tag;
            }

            return ReadTagSlow();
        }

        private uint ReadTagSlow()
        {
            ulong raw = ReadRawVarint(maxBytes: 5);
            if (raw > uint.MaxValue)
            {
                ThrowHelper.ThrowProtocol(ProtocolError.InvalidFieldNumber, _fieldNumber);
            }

            uint tag = (uint)raw;
            int fieldNumber = (int)(tag >> 3);
            if (fieldNumber == 0)
            {
                ThrowHelper.ThrowProtocol(ProtocolError.InvalidFieldNumber);
            }

            _fieldNumber = fieldNumber;
            switch (tag & 7)
            {
                case 0:
                case 1:
                case 2:
                case 5:
                    return tag;
                default:
                    return ThrowHelper.ThrowProtocol<uint>(ProtocolError.InvalidWireType, fieldNumber);
            }
        }

        /// <summary>Skips the value of the field whose tag was just read, checking that it is complete.</summary>
        public void SkipField(uint tag)
        {
            switch ((WireType)(tag & 7))
            {
                case WireType.Varint:
                    ReadRawVarint(maxBytes: 10);
                    break;
                case WireType.Fixed64:
                    Advance(8);
                    break;
                case WireType.LengthDelimited:
                    Advance(ReadLength());
                    break;
                case WireType.Fixed32:
                    Advance(4);
                    break;
                default:
                    ThrowHelper.ThrowProtocol(ProtocolError.InvalidWireType, _fieldNumber);
                    break;
            }
        }

        /// <summary>Reads a varint of up to 10 bytes (uint64, or int64 bits).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong ReadVarint64()
        {
            if (_position < _buffer.Length)
            {
                byte first = _buffer[_position];
                if (first < 0x80)
                {
                    _position++;
                    return first;
                }
            }

            return ReadRawVarint(maxBytes: 10);
        }

        /// <summary>Reads a varint and keeps its low 32 bits, as protobuf does for int32/uint32/enum.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public uint ReadVarint32() => (uint)ReadVarint64();

        /// <summary>Reads an int32 (varint, truncated to 32 bits).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int ReadInt32() => (int)ReadVarint64();

        /// <summary>Reads an int64 (varint).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public long ReadInt64() => (long)ReadVarint64();

        /// <summary>Reads a uint32 (varint, truncated to 32 bits).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public uint ReadUInt32() => (uint)ReadVarint64();

        /// <summary>Reads a uint64 (varint).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong ReadUInt64() => ReadVarint64();

        /// <summary>Reads a sint32 (ZigZag varint).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int ReadSInt32() => WireFormat.DecodeZigZag32((uint)ReadVarint64());

        /// <summary>Reads a sint64 (ZigZag varint).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public long ReadSInt64() => WireFormat.DecodeZigZag64(ReadVarint64());

        /// <summary>Reads a bool (any non-zero varint is true).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool ReadBool() => ReadVarint64() != 0;

        /// <summary>Reads a fixed32 (little-endian).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public uint ReadFixed32()
        {
            if (_buffer.Length - _position < 4)
            {
                ThrowHelper.ThrowProtocol(ProtocolError.Truncated, _fieldNumber);
            }

            uint value = BinaryPrimitives.ReadUInt32LittleEndian(_buffer.Slice(_position));
            _position += 4;
            return value;
        }

        /// <summary>Reads a fixed64 (little-endian).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong ReadFixed64()
        {
            if (_buffer.Length - _position < 8)
            {
                ThrowHelper.ThrowProtocol(ProtocolError.Truncated, _fieldNumber);
            }

            ulong value = BinaryPrimitives.ReadUInt64LittleEndian(_buffer.Slice(_position));
            _position += 8;
            return value;
        }

        /// <summary>Reads an sfixed32.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int ReadSFixed32() => (int)ReadFixed32();

        /// <summary>Reads an sfixed64.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public long ReadSFixed64() => (long)ReadFixed64();

        /// <summary>Reads a float (fixed32 bits).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public float ReadFloat() => BitConverterCompat.Int32BitsToSingle((int)ReadFixed32());

        /// <summary>Reads a double (fixed64 bits).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public double ReadDouble() => BitConverter.Int64BitsToDouble((long)ReadFixed64());

        /// <summary>
        /// Reads a length prefix and checks it against the bytes left, before the caller allocates anything.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int ReadLength()
        {
            ulong length = ReadVarint64();
            if (length > (ulong)(_buffer.Length - _position))
            {
                ThrowHelper.ThrowProtocol(ProtocolError.Truncated, _fieldNumber);
            }

            return (int)length;
        }

        /// <summary>
        /// Reads a length prefix and checks it first against <paramref name="maxLength"/> (<see cref="ProtocolError.LimitExceeded"/>)
        /// and then against the bytes left (<see cref="ProtocolError.Truncated"/>). <paramref name="maxLength"/> &lt;= 0 means no declared limit.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int ReadLength(int maxLength)
        {
            ulong length = ReadVarint64();
            if (maxLength > 0 && length > (ulong)maxLength)
            {
                ThrowHelper.ThrowProtocol(ProtocolError.LimitExceeded, _fieldNumber);
            }

            if (length > (ulong)(_buffer.Length - _position))
            {
                ThrowHelper.ThrowProtocol(ProtocolError.Truncated, _fieldNumber);
            }

            return (int)length;
        }

        /// <summary>Reads a length-delimited value and returns its bytes without copying.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ReadOnlySpan<byte> ReadLengthDelimited()
        {
            int length = ReadLength();
            ReadOnlySpan<byte> value = _buffer.Slice(_position, length);
            _position += length;
            return value;
        }

        /// <summary>
        /// Reads a UTF-8 string of at most <paramref name="maxChars"/> UTF-16 characters (&lt;= 0: bounded by the message).
        /// The byte length is checked before anything is allocated; invalid UTF-8 is refused.
        /// </summary>
        public string ReadString(int maxChars)
        {
            int length = ReadLength();
            if (length == 0)
            {
                return string.Empty;
            }

            ReadOnlySpan<byte> utf8 = _buffer.Slice(_position, length);
            _position += length;

            // A UTF-16 character takes 1 to 3 UTF-8 bytes, so length <= maxChars needs no count,
            // and length > 3 * maxChars cannot fit: refuse before decoding anything.
            if (maxChars > 0 && length > maxChars)
            {
                if ((long)length > 3L * maxChars)
                {
                    ThrowHelper.ThrowProtocol(ProtocolError.LimitExceeded, _fieldNumber);
                }

#if NET8_0_OR_GREATER
                // One pass: transcoding stops at the first invalid byte or at the first character over the limit.
                switch (Utf8Text.TryGetBoundedString(utf8, maxChars, out string bounded))
                {
                    case System.Buffers.OperationStatus.Done:
                        return bounded;
                    case System.Buffers.OperationStatus.DestinationTooSmall:
                        return ThrowHelper.ThrowProtocol<string>(ProtocolError.LimitExceeded, _fieldNumber);
                    default:
                        return ThrowHelper.ThrowProtocol<string>(ProtocolError.InvalidUtf8, _fieldNumber);
                }
#else
                if (CountChars(utf8) > maxChars)
                {
                    ThrowHelper.ThrowProtocol(ProtocolError.LimitExceeded, _fieldNumber);
                }
#endif
            }

            return DecodeUtf8(utf8);
        }

        /// <summary>Reads a bytes field of at most <paramref name="maxBytes"/> bytes (&lt;= 0: bounded by the message) into a new array.</summary>
        public byte[] ReadBytes(int maxBytes)
        {
            int length = ReadLength(maxBytes);
            if (length == 0)
            {
                return Array.Empty<byte>();
            }

            byte[] value = _buffer.Slice(_position, length).ToArray();
            _position += length;
            return value;
        }

        /// <summary>
        /// Reads the length prefix of an embedded message and returns a reader over it, one level deeper.
        /// Refuses nesting beyond <see cref="MaxDepth"/> before the nested message is decoded.
        /// </summary>
        public ProtoReader ReadMessage()
        {
            int length = ReadLength();
            if (_depth >= _maxDepth)
            {
                ThrowHelper.ThrowProtocol(ProtocolError.DepthExceeded, _fieldNumber);
            }

            ProtoReader nested = new ProtoReader(_buffer.Slice(_position, length), _depth + 1, _maxDepth, _fieldNumber);
            _position += length;
            return nested;
        }

        /// <summary>
        /// Reads the length prefix of a packed repeated field (or a map entry) and returns a reader over its bytes
        /// at the same depth, optionally checking its length against <paramref name="maxLength"/> first.
        /// </summary>
        public ProtoReader ReadPacked(int maxLength = 0)
        {
            int length = ReadLength(maxLength);
            ProtoReader packed = new ProtoReader(_buffer.Slice(_position, length), _depth, _maxDepth, _fieldNumber);
            _position += length;
            return packed;
        }

        /// <summary>Counts the varints in the rest of this reader without decoding them (to size a packed collection from trusted bytes).</summary>
        public int CountRemainingVarints()
        {
            int count = 0;
            ReadOnlySpan<byte> rest = _buffer.Slice(_position);
            for (int i = 0; i < rest.Length; i++)
            {
                if (rest[i] < 0x80)
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>
        /// Counts the fields tagged <paramref name="tag"/> from the one whose tag was just read to the end of this
        /// message, at most <paramref name="max"/> (&lt;= 0: no cap), without decoding or allocating anything: generated
        /// code sizes a repeated field's list or map once instead of regrowing it. Never throws: at malformed bytes it
        /// stops and returns what it counted, and decoding then reports the error where it is.
        /// </summary>
        public int CountRepeated(uint tag, int max = 0)
        {
            int count = 1;
            int position = _position;
            if (!TrySkipValue(tag, ref position))
            {
                return count;
            }

            while (position < _buffer.Length && (max <= 0 || count < max))
            {
                if (!TryReadVarint(ref position, out ulong next) || !TrySkipValue(next, ref position))
                {
                    break;
                }

                if (next == tag)
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>
        /// Refuses a message longer than <paramref name="maxMessageSize"/> before anything is read or copied
        /// (<see cref="ProtocolError.LimitExceeded"/>): the first thing generated <c>Parse</c> does.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void CheckMessageSize(long length, int maxMessageSize)
        {
            if (length > maxMessageSize)
            {
                ThrowHelper.ThrowProtocol(ProtocolError.LimitExceeded);
            }
        }

        /// <summary>
        /// A reader over one whole message for generated <c>Parse</c>: its length checked against <paramref name="maxMessageSize"/>
        /// first (<see cref="CheckMessageSize"/>), its nesting bounded to <paramref name="maxDepth"/> levels.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ProtoReader ForMessage(ReadOnlySpan<byte> data, int maxMessageSize, int maxDepth)
        {
            CheckMessageSize(data.Length, maxMessageSize);
            return new ProtoReader(data, maxDepth);
        }

        /// <summary>
        /// Reads an int64 varint that must lie in [<paramref name="minimum"/>, <paramref name="maximum"/>]: a field of a narrower C#
        /// type (<c>sbyte</c>, <c>short</c>, an enum over one) refuses a value that does not fit it
        /// (<see cref="ProtocolError.ValueOutOfRange"/>) instead of truncating it.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public long ReadInt64InRange(long minimum, long maximum) => InRange(ReadInt64(), minimum, maximum);

        /// <summary>A sint64 (ZigZag) that must lie in [<paramref name="minimum"/>, <paramref name="maximum"/>]; see <see cref="ReadInt64InRange"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public long ReadSInt64InRange(long minimum, long maximum) => InRange(ReadSInt64(), minimum, maximum);

        /// <summary>An sfixed32 that must lie in [<paramref name="minimum"/>, <paramref name="maximum"/>]; see <see cref="ReadInt64InRange"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int ReadSFixed32InRange(int minimum, int maximum) => (int)InRange(ReadSFixed32(), minimum, maximum);

        /// <summary>A uint64 varint that must be at most <paramref name="maximum"/> (<c>byte</c>, <c>ushort</c>); see <see cref="ReadInt64InRange"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong ReadUInt64InRange(ulong maximum) => AtMost(ReadUInt64(), maximum);

        /// <summary>A fixed32 that must be at most <paramref name="maximum"/> (<c>byte</c>, <c>ushort</c>); see <see cref="ReadInt64InRange"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public uint ReadFixed32InRange(uint maximum) => (uint)AtMost(ReadFixed32(), maximum);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private long InRange(long value, long minimum, long maximum)
        {
            if (value < minimum || value > maximum)
            {
                ThrowValueOutOfRange();
            }

            return value;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private ulong AtMost(ulong value, ulong maximum)
        {
            if (value > maximum)
            {
                ThrowValueOutOfRange();
            }

            return value;
        }

        /// <summary>
        /// Before one element of a repeated field is added: at the first, creates <paramref name="list"/> sized for every element
        /// of the field in this message (<see cref="CountRepeated"/>, capped by <paramref name="maxCount"/>), so it never regrows;
        /// after that, refuses the element past <paramref name="maxCount"/> (<see cref="ProtocolError.LimitExceeded"/>) before it is
        /// decoded. <paramref name="maxCount"/> &lt;= 0: bounded by the message's bytes only.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void PrepareToAdd<T>([NotNull] ref List<T>? list, uint tag, int maxCount)
        {
            if (list is null)
            {
                list = new List<T>(CountRepeated(tag, maxCount));
            }
            else if (maxCount > 0 && list.Count >= maxCount)
            {
                ThrowLimitExceeded();
            }
        }

        /// <summary>Before one map entry is decoded: as <see cref="PrepareToAdd{T}(ref List{T}, uint, int)"/>, counting entries.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void PrepareToAdd<TKey, TValue>([NotNull] ref Dictionary<TKey, TValue>? map, uint tag, int maxCount)
            where TKey : notnull
        {
            if (map is null)
            {
                map = new Dictionary<TKey, TValue>(CountRepeated(tag, maxCount));
            }
            else if (maxCount > 0 && map.Count >= maxCount)
            {
                ThrowLimitExceeded();
            }
        }

        /// <summary>
        /// Before a packed run of <paramref name="count"/> elements is added: refuses it if the list would pass
        /// <paramref name="maxCount"/> (&lt;= 0: no bound but the run's bytes), and creates the list with room for it at the first run.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void PrepareToAddRange<T>([NotNull] ref List<T>? list, int count, int maxCount)
        {
            if (maxCount > 0 && count > maxCount - (list is null ? 0 : list.Count))
            {
                ThrowLimitExceeded();
            }

            list ??= new List<T>(count);
        }

        /// <summary>Narrows the nesting this reader accepts to <paramref name="levels"/> more levels below the current one.</summary>
        public void RestrictDepth(int levels)
        {
            long limit = (long)_depth + levels;
            if (limit < _maxDepth)
            {
                _maxDepth = (int)limit;
            }
        }

        /// <summary>Throws <see cref="ProtocolError.LimitExceeded"/> for the current field (a collection grew past its bound).</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public void ThrowLimitExceeded() => ThrowHelper.ThrowProtocol(ProtocolError.LimitExceeded, _fieldNumber);

        /// <summary>Throws <see cref="ProtocolError.ValueOutOfRange"/> for the current field (a value did not fit its C# type).</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public void ThrowValueOutOfRange() => ThrowHelper.ThrowProtocol(ProtocolError.ValueOutOfRange, _fieldNumber);

        private void Advance(int count)
        {
            if (_buffer.Length - _position < count)
            {
                ThrowHelper.ThrowProtocol(ProtocolError.Truncated, _fieldNumber);
            }

            _position += count;
        }

        private ulong ReadRawVarint(int maxBytes)
        {
            if (maxBytes == 10 && _buffer.Length - _position >= 10)
            {
                return ReadVarint64Unchecked();
            }

            ulong result = 0;
            int shift = 0;
            for (int i = 0; i < maxBytes; i++)
            {
                if (_position >= _buffer.Length)
                {
                    ThrowHelper.ThrowProtocol(ProtocolError.Truncated, _fieldNumber);
                }

                byte b = _buffer[_position++];
                result |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return result;
                }

                shift += 7;
            }

            return ThrowHelper.ThrowProtocol<ulong>(ProtocolError.MalformedVarint, _fieldNumber);
        }

        /// <summary>
        /// A varint of up to 10 bytes, unrolled, where the caller checked that 10 bytes are left: no per-byte bounds check.
        /// Same result as the checked loop: the 10th byte contributes its lowest bit, and an 11th byte is refused.
        /// </summary>
        private ulong ReadVarint64Unchecked()
        {
            ref byte start = ref Unsafe.Add(ref MemoryMarshal.GetReference(_buffer), _position);
            ulong b = start;
            ulong result = b & 0x7F;
            if (b < 0x80) { _position += 1; return result; }
            b = Unsafe.Add(ref start, 1);
            result |= (b & 0x7F) << 7;
            if (b < 0x80) { _position += 2; return result; }
            b = Unsafe.Add(ref start, 2);
            result |= (b & 0x7F) << 14;
            if (b < 0x80) { _position += 3; return result; }
            b = Unsafe.Add(ref start, 3);
            result |= (b & 0x7F) << 21;
            if (b < 0x80) { _position += 4; return result; }
            b = Unsafe.Add(ref start, 4);
            result |= (b & 0x7F) << 28;
            if (b < 0x80) { _position += 5; return result; }
            b = Unsafe.Add(ref start, 5);
            result |= (b & 0x7F) << 35;
            if (b < 0x80) { _position += 6; return result; }
            b = Unsafe.Add(ref start, 6);
            result |= (b & 0x7F) << 42;
            if (b < 0x80) { _position += 7; return result; }
            b = Unsafe.Add(ref start, 7);
            result |= (b & 0x7F) << 49;
            if (b < 0x80) { _position += 8; return result; }
            b = Unsafe.Add(ref start, 8);
            result |= (b & 0x7F) << 56;
            if (b < 0x80) { _position += 9; return result; }
            b = Unsafe.Add(ref start, 9);
            result |= b << 63;
            if (b < 0x80) { _position += 10; return result; }

            _position += 10;
            return ThrowHelper.ThrowProtocol<ulong>(ProtocolError.MalformedVarint, _fieldNumber);
        }

        private bool TrySkipValue(ulong tag, ref int position)
        {
            ulong length;
            switch (tag & 7)
            {
                case 0:
                    return TryReadVarint(ref position, out _);
                case 1:
                    length = 8;
                    break;
                case 2:
                    if (!TryReadVarint(ref position, out length))
                    {
                        return false;
                    }

                    break;
                case 5:
                    length = 4;
                    break;
                default:
                    return false;
            }

            if (length > (ulong)(_buffer.Length - position))
            {
                return false;
            }

            position += (int)length;
            return true;
        }

        private bool TryReadVarint(ref int position, out ulong value)
        {
            value = 0;
            for (int shift = 0; shift < 70 && position < _buffer.Length; shift += 7)
            {
                byte b = _buffer[position++];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return true;
                }
            }

            return false;
        }

#if !NET8_0_OR_GREATER
        private int CountChars(ReadOnlySpan<byte> utf8)
        {
            try
            {
                return Utf8Text.GetCharCount(StrictUtf8, utf8);
            }
            catch (ArgumentException)
            {
                return ThrowHelper.ThrowProtocol<int>(ProtocolError.InvalidUtf8, _fieldNumber);
            }
        }
#endif

        private string DecodeUtf8(ReadOnlySpan<byte> utf8)
        {
#if NET8_0_OR_GREATER
            if (Utf8Text.TryGetShortAsciiString(utf8, out string ascii))
            {
                return ascii;
            }

#endif
            try
            {
                return Utf8Text.GetString(StrictUtf8, utf8);
            }
            catch (ArgumentException)
            {
                // DecoderFallbackException derives from ArgumentException.
                return ThrowHelper.ThrowProtocol<string>(ProtocolError.InvalidUtf8, _fieldNumber);
            }
        }

        private static int ClampDepth(int maxDepth)
        {
            if (maxDepth <= 0)
            {
                return ProtocolLimitsAttribute.DefaultMaxDepth;
            }

            return maxDepth > ProtocolLimitsAttribute.MaxSupportedDepth ? ProtocolLimitsAttribute.MaxSupportedDepth : maxDepth;
        }
    }
}
