using System.Runtime.CompilerServices;

namespace EtProtocolGen.Wire
{
    /// <summary>
    /// Encoded sizes of protobuf values, used by generated <c>CalculateSize</c> and <c>CalculateSizeBound</c>, and the encode-side
    /// limit check those size passes make, so that a message is never sent that its receiver's decoder must refuse.
    /// </summary>
    public static class ProtoSize
    {
        /// <summary>
        /// Refuses a length (characters, bytes), a count (elements, entries) or a message size over a declared limit while a
        /// message is sized for encoding: <see cref="ProtocolException"/> with <see cref="ProtocolError.LimitExceeded"/> and the
        /// field number (0 for the whole message), as the decoder refuses it.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void CheckLimit(int length, int limit, int fieldNumber)
        {
            if (length > limit)
            {
                ThrowHelper.ThrowProtocol(ProtocolError.LimitExceeded, fieldNumber);
            }
        }

        /// <summary>Size of a varint holding <paramref name="value"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Varint32(uint value)
        {
#if NETCOREAPP3_0_OR_GREATER
            // (bits needed + 6) / 7, computed without a branch per byte.
            return ((31 - System.Numerics.BitOperations.LeadingZeroCount(value | 1)) * 9 + 73) / 64;
#else
            if (value < 1u << 7) return 1;
            if (value < 1u << 14) return 2;
            if (value < 1u << 21) return 3;
            if (value < 1u << 28) return 4;
            return 5;
#endif
        }

        /// <summary>Size of a varint holding <paramref name="value"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Varint64(ulong value)
        {
#if NETCOREAPP3_0_OR_GREATER
            return ((63 - System.Numerics.BitOperations.LeadingZeroCount(value | 1)) * 9 + 73) / 64;
#else
            if (value < 1ul << 7) return 1;
            if (value < 1ul << 14) return 2;
            if (value < 1ul << 21) return 3;
            if (value < 1ul << 28) return 4;
            if (value < 1ul << 35) return 5;
            if (value < 1ul << 42) return 6;
            if (value < 1ul << 49) return 7;
            if (value < 1ul << 56) return 8;
            if (value < 1ul << 63) return 9;
            return 10;
#endif
        }

        /// <summary>Size of a tag for <paramref name="fieldNumber"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Tag(int fieldNumber) => Varint32((uint)fieldNumber << 3);

        /// <summary>Size of an int32 (negative values take 10 bytes).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Int32(int value) => value >= 0 ? Varint32((uint)value) : 10;

        /// <summary>Size of an int64.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Int64(long value) => Varint64((ulong)value);

        /// <summary>Size of a uint32.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int UInt32(uint value) => Varint32(value);

        /// <summary>Size of a uint64.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int UInt64(ulong value) => Varint64(value);

        /// <summary>Size of a sint32 (ZigZag).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int SInt32(int value) => Varint32(WireFormat.EncodeZigZag32(value));

        /// <summary>Size of a sint64 (ZigZag).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int SInt64(long value) => Varint64(WireFormat.EncodeZigZag64(value));

        /// <summary>Size of a length-delimited value of <paramref name="length"/> bytes, prefix included.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int LengthDelimited(int length) => Varint32((uint)length) + length;

        /// <summary>Size of a string, length prefix included.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int String(string value) => LengthDelimited(Utf8ByteCount(value));

        /// <summary>The UTF-8 byte count of a string (as written by <see cref="ProtoWriter.WriteString(string)"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Utf8ByteCount(string value) => value.Length == 0 ? 0 : Utf8Text.GetByteCount(value);
    }
}
