using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EtProtocolGen.Wire
{
    /// <summary>
    /// Reads the protobuf wire format from a span. Every read checks the bytes left; every length is checked
    /// against the bytes left (and the caller's limit) before anything is allocated; nesting is counted and
    /// bounded. Malformed input never throws: the first failure is recorded (<see cref="Error"/>, <see cref="ErrorFieldNumber"/>),
    /// the reader jumps to its end so that every decoding loop stops, and every later read returns a default value
    /// (0, an empty string, an empty reader) without allocating. Generated <c>TryParse</c> returns that error;
    /// <c>Parse</c> throws it as <see cref="ProtocolException"/> (<see cref="ThrowIfFailed"/>).
    /// </summary>
    public ref struct ProtoReader
    {
        private readonly ReadOnlySpan<byte> _buffer;
        private readonly int _depth;
        private int _maxDepth;
        private int _position;
        private int _fieldNumber;
        private ProtocolError _error;
        private int _errorFieldNumber;

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
            _error = ProtocolError.None;
            _errorFieldNumber = 0;
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

        /// <summary>The first failure met while reading, or <see cref="ProtocolError.None"/>: once set, the reader is at its end.</summary>
        public ProtocolError Error => _error;

        /// <summary>The field being read when <see cref="Error"/> was met (0 when not inside a field).</summary>
        public int ErrorFieldNumber => _errorFieldNumber;

        /// <summary>
        /// Throws the recorded failure as <see cref="ProtocolException"/> (same error and field number); does nothing when
        /// reading succeeded. Generated <c>Parse</c> calls it after decoding.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void ThrowIfFailed()
        {
            if (_error != ProtocolError.None)
            {
                ThrowHelper.ThrowProtocol(_error, _errorFieldNumber);
            }
        }

        /// <summary>
        /// For generated <c>TryParse</c>, after decoding <paramref name="message"/>: true when reading succeeded; else false,
        /// <paramref name="message"/> set to its default (a partly decoded message is never handed out) and the failure in
        /// <paramref name="error"/>.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly bool Succeeded<T>(ref T message, out ProtocolError error)
        {
            error = _error;
            if (error == ProtocolError.None)
            {
                return true;
            }

            message = default!;
            return false;
        }

        /// <summary>
        /// Ends reading through <paramref name="inner"/>, a reader from <see cref="ReadMessage"/> or <see cref="ReadPacked"/>:
        /// a failure inside it becomes this reader's (same error and field number), so the enclosing loops stop too.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void EndInner(in ProtoReader inner)
        {
            if (inner._error != ProtocolError.None)
            {
                Fail(inner._error, inner._errorFieldNumber);
            }
        }

        /// <summary>
        /// <see cref="EndInner(in ProtoReader)"/> passing through <paramref name="value"/>, the value read from <paramref name="inner"/>:
        /// generated code reads an embedded message in one expression, <c>reader.EndInner(in nested, T.ReadFrom(ref nested))</c>.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public T EndInner<T>(in ProtoReader inner, T value)
        {
            EndInner(in inner);
            return value;
        }

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

            // The slow path returns the tag in the high half and the position after it in the low half (the tag is never 0), or
            // a failure in the low half: the tag stays a register, no address of it is taken.
            ulong result = ReadTagSlow(_buffer, _position, out int failedField);
            tag = (uint)(result >> 32);
            if (tag == 0)
            {
                return Fail((ProtocolError)(uint)result, failedField < 0 ? _fieldNumber : failedField);
            }

            _position = (int)(uint)result;
            _fieldNumber = (int)(tag >> 3);
            return tag;
        }

        /// <summary>Skips the value of the field whose tag was just read, checking that it is complete.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void SkipField(uint tag)
        {
            int next = SkipValue(_buffer, _position, tag);
            if (next < 0)
            {
                Fail((ProtocolError)(-next), _fieldNumber);
                return;
            }

            _position = next;
        }

        /// <summary>Reads a varint of up to 10 bytes (uint64, or int64 bits).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong ReadVarint64()
        {
            // One to three bytes inline (tags' values, small numbers, lengths under 16 KiB, numbers under 2^21, also at the end
            // of a nested message, where fewer than 8 bytes are left); longer ones out of line.
            int position = _position;
            if ((uint)position < (uint)_buffer.Length)
            {
                uint first = _buffer[position];
                if (first < 0x80)
                {
                    _position = position + 1;
                    return first;
                }

                if ((uint)(position + 1) < (uint)_buffer.Length)
                {
                    uint second = _buffer[position + 1];
                    if (second < 0x80)
                    {
                        _position = position + 2;
                        return (first & 0x7F) | (second << 7);
                    }

                    if ((uint)(position + 2) < (uint)_buffer.Length)
                    {
                        uint third = _buffer[position + 2];
                        if (third < 0x80)
                        {
                            _position = position + 3;
                            return (first & 0x7F) | ((second & 0x7F) << 7) | (third << 14);
                        }
                    }
                }
            }

            return ReadVarint64Slow();
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
                return Fail(ProtocolError.Truncated, _fieldNumber);
            }

            // The position never passes the end (a failure moves it there), so the 4 bytes checked above are in the buffer.
            uint value = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref MemoryMarshal.GetReference(_buffer), _position));
            _position += 4;
            return BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);
        }

        /// <summary>Reads a fixed64 (little-endian).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong ReadFixed64()
        {
            if (_buffer.Length - _position < 8)
            {
                return Fail(ProtocolError.Truncated, _fieldNumber);
            }

            // As in ReadFixed32: the 8 bytes checked above are in the buffer.
            ulong value = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref MemoryMarshal.GetReference(_buffer), _position));
            _position += 8;
            return BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);
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
                return (int)Fail(ProtocolError.Truncated, _fieldNumber);
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
                return (int)Fail(ProtocolError.LimitExceeded, _fieldNumber);
            }

            if (length > (ulong)(_buffer.Length - _position))
            {
                return (int)Fail(ProtocolError.Truncated, _fieldNumber);
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
        /// The byte length is checked before anything is allocated; invalid UTF-8 is refused, found in the same pass that
        /// decodes the text (no exception is thrown and caught).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public string ReadString(int maxChars)
        {
            int length = ReadLength();
            if (length == 0)
            {
                return string.Empty;
            }

            ReadOnlySpan<byte> utf8 = _buffer.Slice(_position, length);
            _position += length;
            ProtocolError error = DecodeString(utf8, maxChars, out string value);
            if (error != ProtocolError.None)
            {
                Fail(error, _fieldNumber);
            }

            return value;
        }

        /// <summary>The text of a string field's bytes (not empty), or the failure and an empty string.</summary>
        private static ProtocolError DecodeString(ReadOnlySpan<byte> utf8, int maxChars, out string value)
        {
            // A UTF-16 character takes 1 to 3 UTF-8 bytes, so length <= maxChars needs no count,
            // and length > 3 * maxChars cannot fit: refuse before decoding anything.
            int length = utf8.Length;
            bool counted = maxChars > 0 && length > maxChars;
            if (counted && (long)length > 3L * maxChars)
            {
                value = string.Empty;
                return ProtocolError.LimitExceeded;
            }

#if NET8_0_OR_GREATER
            // Short ASCII text within its limit (most strings of a game protocol) is widened straight into the string.
            if (!counted && Utf8Text.TryGetShortAsciiString(utf8, out value))
            {
                return ProtocolError.None;
            }

#endif
            // One pass: transcoding (or, on netstandard2.0, counting) stops at the first invalid byte or at the first character
            // over the limit.
            switch (Utf8Text.TryGetString(utf8, counted ? maxChars : length, out value))
            {
                case System.Buffers.OperationStatus.Done:
                    return ProtocolError.None;
                case System.Buffers.OperationStatus.DestinationTooSmall:
                    value = string.Empty;
                    return ProtocolError.LimitExceeded;
                default:
                    value = string.Empty;
                    return ProtocolError.InvalidUtf8;
            }
        }

        /// <summary>Reads a bytes field of at most <paramref name="maxBytes"/> bytes (&lt;= 0: bounded by the message) into a new array.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ProtoReader ReadMessage()
        {
            int length = ReadLength();
            if (_depth >= _maxDepth)
            {
                Fail(ProtocolError.DepthExceeded, _fieldNumber);
                return default;
            }

            ProtoReader nested = new ProtoReader(_buffer.Slice(_position, length), _depth + 1, _maxDepth, _fieldNumber);
            _position += length;
            return nested;
        }

        /// <summary>
        /// Reads the length prefix of a packed repeated field (or a map entry) and returns a reader over its bytes
        /// at the same depth, optionally checking its length against <paramref name="maxLength"/> first.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ProtoReader ReadPacked(int maxLength = 0)
        {
            int length = ReadLength(maxLength);
            ProtoReader packed = new ProtoReader(_buffer.Slice(_position, length), _depth, _maxDepth, _fieldNumber);
            _position += length;
            return packed;
        }

        /// <summary>
        /// Counts the varints in the rest of this reader without decoding them, to size a packed collection once. An incomplete
        /// varint at the end counts as one: decoding reads it and fails there, in the room made for it, so a malformed run never
        /// regrows the list either.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int CountRemainingVarints() => CountVarints(_buffer.Slice(_position));

        private static int CountVarints(ReadOnlySpan<byte> rest)
        {
            int count = 0;
            for (int i = 0; i < rest.Length; i++)
            {
                if (rest[i] < 0x80)
                {
                    count++;
                }
            }

            return rest.Length != 0 && rest[rest.Length - 1] >= 0x80 ? count + 1 : count;
        }

        /// <summary>
        /// Counts the values of <paramref name="width"/> bytes (4 or 8) in the rest of this reader, to size a packed collection once.
        /// A partial value at the end counts as one: decoding reads it and fails there, in the room made for it.
        /// </summary>
        public int CountRemainingFixed(int width) => (Remaining + width - 1) / width;

        /// <summary>
        /// Counts the fields tagged <paramref name="tag"/> from the one whose tag was just read to the end of this
        /// message, at most <paramref name="max"/> (&lt;= 0: no cap), without decoding or allocating anything: generated
        /// code sizes a repeated field's list or map once instead of regrowing it. Never fails: at malformed bytes it stops
        /// and returns what it counted, the field whose value is malformed included (decoding reads it, fails there, and
        /// stops, within the room made for it).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int CountRepeated(uint tag, int max = 0) => CountFields(_buffer, _position, tag, max);

        private static int CountFields(ReadOnlySpan<byte> buffer, int position, uint tag, int max)
        {
            int count = 1;
            position = SkipValue(buffer, position, tag);
            while (position >= 0 && position < buffer.Length && (max <= 0 || count < max))
            {
                // The common case first: a one-byte tag of this field and a one-byte length (a small message or string).
                if (buffer[position] == tag && (tag & 7) == 2 && tag < 0x80 && position + 1 < buffer.Length && buffer[position + 1] < 0x80)
                {
                    count++;
                    position += 2 + buffer[position + 1];
                    if (position > buffer.Length)
                    {
                        break;
                    }

                    continue;
                }

                int consumed = ReadVarintAt(buffer, position, maxBytes: 10, out ulong next);
                if (consumed <= 0)
                {
                    break;
                }

                if (next == tag)
                {
                    count++;
                }

                position = SkipValue(buffer, position + consumed, next);
            }

            return count;
        }

        /// <summary>
        /// Refuses a message longer than <paramref name="maxMessageSize"/> before anything is copied: throws
        /// <see cref="ProtocolException"/> (<see cref="ProtocolError.LimitExceeded"/>), the first thing generated
        /// <c>Parse(in ReadOnlySequence&lt;byte&gt;)</c> does.
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
        /// A reader over one whole message for generated <c>Parse</c> and <c>TryParse</c>, its nesting bounded to
        /// <paramref name="maxDepth"/> levels. A message longer than <paramref name="maxMessageSize"/> gives a reader that has
        /// already failed (<see cref="ProtocolError.LimitExceeded"/>) and reads nothing.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ProtoReader ForMessage(ReadOnlySpan<byte> data, int maxMessageSize, int maxDepth)
        {
            var reader = new ProtoReader(data, maxDepth);
            if (data.Length > maxMessageSize)
            {
                reader.Fail(ProtocolError.LimitExceeded, 0);
            }

            return reader;
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
                return Fail(ProtocolError.ValueOutOfRange, _fieldNumber);
            }

            return value;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private ulong AtMost(ulong value, ulong maximum)
        {
            if (value > maximum)
            {
                return Fail(ProtocolError.ValueOutOfRange, _fieldNumber);
            }

            return value;
        }

        /// <summary>
        /// Before one element of a repeated field is added: at the first, creates <paramref name="list"/> sized for every element
        /// of the field in this message (<see cref="CountRepeated"/>, capped by <paramref name="maxCount"/>), so it never regrows;
        /// after that, refuses the element past <paramref name="maxCount"/> (<see cref="ProtocolError.LimitExceeded"/>, false) before
        /// it is decoded. <paramref name="maxCount"/> &lt;= 0: bounded by the message's bytes only.
        /// </summary>
        /// <returns>True when the element may be read and added; false when it was refused (the reader has failed).</returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool PrepareToAdd<T>([NotNull] ref List<T>? list, uint tag, int maxCount)
        {
            if (list is null)
            {
                list = new List<T>(CountRepeated(tag, maxCount));
            }
            else if (maxCount > 0 && list.Count >= maxCount)
            {
                Fail(ProtocolError.LimitExceeded, _fieldNumber);
                return false;
            }

            return true;
        }

        /// <summary>Before one map entry is decoded: as <see cref="PrepareToAdd{T}(ref List{T}, uint, int)"/>, counting entries.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool PrepareToAdd<TKey, TValue>([NotNull] ref Dictionary<TKey, TValue>? map, uint tag, int maxCount)
            where TKey : notnull
        {
            if (map is null)
            {
                map = new Dictionary<TKey, TValue>(CountRepeated(tag, maxCount));
            }
            else if (maxCount > 0 && map.Count >= maxCount)
            {
                Fail(ProtocolError.LimitExceeded, _fieldNumber);
                return false;
            }

            return true;
        }

        /// <summary>
        /// Before a packed run of <paramref name="count"/> elements is added: refuses it if the list would pass
        /// <paramref name="maxCount"/> (&lt;= 0: no bound but the run's bytes), and creates the list with room for it at the first run.
        /// </summary>
        /// <returns>
        /// True when the run may be read and added; false, having allocated nothing, when it was refused or when this reader has
        /// already failed (the run's length prefix was bad).
        /// </returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool PrepareToAddRange<T>([NotNullWhen(true)] ref List<T>? list, int count, int maxCount)
        {
            if (_error != ProtocolError.None)
            {
                return false;
            }

            if (maxCount > 0 && count > maxCount - (list is null ? 0 : list.Count))
            {
                Fail(ProtocolError.LimitExceeded, _fieldNumber);
                return false;
            }

            list ??= new List<T>(count);
            return true;
        }

        /// <summary>Narrows the nesting this reader accepts to <paramref name="levels"/> more levels below the current one.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void RestrictDepth(int levels)
        {
            long limit = (long)_depth + levels;
            if (limit < _maxDepth)
            {
                _maxDepth = (int)limit;
            }
        }

        /// <summary>
        /// Records the first failure (later ones keep it) and moves to the end, so every decoding loop over this reader stops and
        /// every later read returns a default value. Returns 0 for the failed read to return. Inlined, like every member that
        /// generated ReadFrom calls on its local copy: a call would take the reader's address.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private uint Fail(ProtocolError error, int fieldNumber)
        {
            if (_error == ProtocolError.None)
            {
                _error = error;
                _errorFieldNumber = fieldNumber;
            }

            _position = _buffer.Length;
            return 0;
        }

        /// <summary>A varint that is not one byte long (or not complete in the buffer), at the reader's position.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private ulong ReadVarint64Slow()
        {
#if NETCOREAPP3_0_OR_GREATER
            if (_buffer.Length - _position >= 8)
            {
                int length = ReadVarint8(ref Unsafe.Add(ref MemoryMarshal.GetReference(_buffer), _position), out ulong value8);
                if (length != 0)
                {
                    _position += length;
                    return value8;
                }
            }

#endif
            int consumed = _buffer.Length - _position >= 10
                ? ReadVarint10(ref Unsafe.Add(ref MemoryMarshal.GetReference(_buffer), _position), out ulong value)
                : ReadVarintAt(_buffer, _position, maxBytes: 10, out value);
            if (consumed <= 0)
            {
                return Fail(consumed == 0 ? ProtocolError.Truncated : ProtocolError.MalformedVarint, _fieldNumber);
            }

            _position += consumed;
            return value;
        }

        // The paths the reader's inlined members call are static: they take the buffer and position and return the new
        // position (or a count), a failure as -(int)ProtocolError. An instance call would take the reader's address, and
        // generated ReadFrom copies the reader into a local, so that the JIT keeps its span and position in registers, whose
        // address must never escape. The inlined caller records a failure.

        /// <summary>
        /// A tag other than the common one-byte case at <paramref name="position"/>: returns the tag in the high 32 bits and the
        /// position after it in the low 32; or 0 in the high 32 bits, the failure in the low 32 and in <paramref name="failedField"/>
        /// the field number it names (-1: the last field read). Refuses field number 0, field numbers above 2^29-1, over-long tags
        /// and wire types 3, 4, 6 and 7.
        /// </summary>
        private static ulong ReadTagSlow(ReadOnlySpan<byte> buffer, int position, out int failedField)
        {
            failedField = -1;
            int consumed = ReadVarintAt(buffer, position, maxBytes: 5, out ulong raw);
            if (consumed <= 0)
            {
                return (ulong)(consumed == 0 ? ProtocolError.Truncated : ProtocolError.MalformedVarint);
            }

            if (raw > uint.MaxValue)
            {
                return (ulong)ProtocolError.InvalidFieldNumber;
            }

            int fieldNumber = (int)(raw >> 3);
            failedField = fieldNumber;
            if (fieldNumber == 0)
            {
                return (ulong)ProtocolError.InvalidFieldNumber;
            }

            switch (raw & 7)
            {
                case 0:
                case 1:
                case 2:
                case 5:
                    return (raw << 32) | (uint)(position + consumed);
                default:
                    return (ulong)ProtocolError.InvalidWireType;
            }
        }

        /// <summary>
        /// The position after the value of a field tagged <paramref name="tag"/> that starts at <paramref name="position"/>, or a
        /// failure: <see cref="ProtocolError.Truncated"/>, <see cref="ProtocolError.MalformedVarint"/> or
        /// <see cref="ProtocolError.InvalidWireType"/>. A negative <paramref name="position"/> (an earlier failure) is returned as is.
        /// </summary>
        private static int SkipValue(ReadOnlySpan<byte> buffer, int position, ulong tag)
        {
            if (position < 0)
            {
                return position;
            }

            ulong length;
            switch (tag & 7)
            {
                case 0:
                {
                    int consumed = ReadVarintAt(buffer, position, maxBytes: 10, out _);
                    return consumed > 0 ? position + consumed
                        : -(int)(consumed == 0 ? ProtocolError.Truncated : ProtocolError.MalformedVarint);
                }

                case 1:
                    length = 8;
                    break;
                case 2:
                {
                    int consumed = ReadVarintAt(buffer, position, maxBytes: 10, out length);
                    if (consumed <= 0)
                    {
                        return -(int)(consumed == 0 ? ProtocolError.Truncated : ProtocolError.MalformedVarint);
                    }

                    position += consumed;
                    break;
                }

                case 5:
                    length = 4;
                    break;
                default:
                    return -(int)ProtocolError.InvalidWireType;
            }

            if (length > (ulong)(buffer.Length - position))
            {
                return -(int)ProtocolError.Truncated;
            }

            return position + (int)length;
        }

        /// <summary>
        /// Reads a varint of at most <paramref name="maxBytes"/> bytes at <paramref name="position"/>: returns the bytes it took
        /// (1 .. <paramref name="maxBytes"/>), 0 when the buffer ends inside it, -1 when it is longer than <paramref name="maxBytes"/>.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int ReadVarintAt(ReadOnlySpan<byte> buffer, int position, int maxBytes, out ulong value)
        {
            if (maxBytes == 10 && buffer.Length - position >= 10)
            {
                return ReadVarint10(ref Unsafe.Add(ref MemoryMarshal.GetReference(buffer), position), out value);
            }

            value = 0;
            int shift = 0;
            for (int i = 0; i < maxBytes; i++)
            {
                if (position + i >= buffer.Length)
                {
                    value = 0;
                    return 0;
                }

                byte b = buffer[position + i];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return i + 1;
                }

                shift += 7;
            }

            value = 0;
            return -1;
        }

#if NETCOREAPP3_0_OR_GREATER
        /// <summary>
        /// A varint of up to 8 bytes where the caller checked that 8 bytes are left, without a branch per byte: one 8-byte load,
        /// the length from the first byte without a continuation bit, the 7-bit groups packed together by three shift-and-mask
        /// steps. Returns its length, or 0 when it is longer than 8 bytes (then the caller reads it byte by byte).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int ReadVarint8(ref byte start, out ulong value)
        {
            ulong word = Unsafe.ReadUnaligned<ulong>(ref start);
            if (!BitConverter.IsLittleEndian)
            {
                word = BinaryPrimitives.ReverseEndianness(word);
            }

            ulong stops = ~word & 0x8080808080808080UL;
            if (stops == 0)
            {
                value = 0;
                return 0;
            }

            // The lowest clear continuation bit is bit 8 * length - 1.
            int bits = System.Numerics.BitOperations.TrailingZeroCount(stops) + 1;
            ulong x = word & (ulong.MaxValue >> (64 - bits)) & 0x7F7F7F7F7F7F7F7FUL;
            x = ((x & 0x7F007F007F007F00UL) >> 1) | (x & 0x007F007F007F007FUL);
            x = ((x & 0x3FFF00003FFF0000UL) >> 2) | (x & 0x00003FFF00003FFFUL);
            x = ((x & 0x0FFFFFFF00000000UL) >> 4) | (x & 0x000000000FFFFFFFUL);
            value = x;
            return bits >> 3;
        }

#endif
        /// <summary>
        /// A varint of up to 10 bytes, unrolled, where the caller checked that 10 bytes are left: no per-byte bounds check.
        /// Same result as the checked loop: the 10th byte contributes its lowest bit, and an 11th byte is refused (-1).
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int ReadVarint10(ref byte start, out ulong value)
        {
            ulong b = start;
            ulong result = b & 0x7F;
            if (b < 0x80) { value = result; return 1; }
            b = Unsafe.Add(ref start, 1);
            result |= (b & 0x7F) << 7;
            if (b < 0x80) { value = result; return 2; }
            b = Unsafe.Add(ref start, 2);
            result |= (b & 0x7F) << 14;
            if (b < 0x80) { value = result; return 3; }
            b = Unsafe.Add(ref start, 3);
            result |= (b & 0x7F) << 21;
            if (b < 0x80) { value = result; return 4; }
            b = Unsafe.Add(ref start, 4);
            result |= (b & 0x7F) << 28;
            if (b < 0x80) { value = result; return 5; }
            b = Unsafe.Add(ref start, 5);
            result |= (b & 0x7F) << 35;
            if (b < 0x80) { value = result; return 6; }
            b = Unsafe.Add(ref start, 6);
            result |= (b & 0x7F) << 42;
            if (b < 0x80) { value = result; return 7; }
            b = Unsafe.Add(ref start, 7);
            result |= (b & 0x7F) << 49;
            if (b < 0x80) { value = result; return 8; }
            b = Unsafe.Add(ref start, 8);
            result |= (b & 0x7F) << 56;
            if (b < 0x80) { value = result; return 9; }
            b = Unsafe.Add(ref start, 9);
            result |= b << 63;
            if (b < 0x80) { value = result; return 10; }

            value = 0;
            return -1;
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
