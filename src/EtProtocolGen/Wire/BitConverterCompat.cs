using System.Runtime.CompilerServices;

namespace EtProtocolGen.Wire
{
    /// <summary>Float/int bit casts that netstandard2.0's <see cref="System.BitConverter"/> lacks.</summary>
    internal static class BitConverterCompat
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static unsafe float Int32BitsToSingle(int value)
        {
#if NETCOREAPP2_0_OR_GREATER
            return System.BitConverter.Int32BitsToSingle(value);
#else
            return *(float*)&value;
#endif
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static unsafe int SingleToInt32Bits(float value)
        {
#if NETCOREAPP2_0_OR_GREATER
            return System.BitConverter.SingleToInt32Bits(value);
#else
            return *(int*)&value;
#endif
        }
    }
}
