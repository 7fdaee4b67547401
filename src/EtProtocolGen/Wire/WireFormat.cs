using System.Runtime.CompilerServices;

namespace EtProtocolGen.Wire
{
    /// <summary>Tag arithmetic and ZigZag encoding of the protobuf wire format.</summary>
    public static class WireFormat
    {
        /// <summary>The largest field number protobuf allows (2^29 - 1).</summary>
        public const int MaxFieldNumber = (1 << 29) - 1;

        /// <summary>Builds a tag from a field number and wire type.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static uint MakeTag(int fieldNumber, WireType wireType) => ((uint)fieldNumber << 3) | (uint)wireType;

        /// <summary>The field number of a tag.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int GetFieldNumber(uint tag) => (int)(tag >> 3);

        /// <summary>The wire type of a tag.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static WireType GetWireType(uint tag) => (WireType)(tag & 7);

        /// <summary>ZigZag-encodes a 32-bit value (sint32).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static uint EncodeZigZag32(int value) => (uint)((value << 1) ^ (value >> 31));

        /// <summary>ZigZag-encodes a 64-bit value (sint64).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong EncodeZigZag64(long value) => (ulong)((value << 1) ^ (value >> 63));

        /// <summary>Decodes a ZigZag 32-bit value.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int DecodeZigZag32(uint value) => (int)(value >> 1) ^ -(int)(value & 1);

        /// <summary>Decodes a ZigZag 64-bit value.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static long DecodeZigZag64(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
    }
}
