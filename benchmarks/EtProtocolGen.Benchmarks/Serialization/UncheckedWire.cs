using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>
    /// Reads protobuf values from a buffer with no check at all (no bounds, no limits, no malformed-input handling): the
    /// hand-written decoders of the floor benchmarks use it to show what decoding a message's bytes costs with nothing but
    /// the format's own work. Never point it at bytes that were not just encoded by the benchmark's setup.
    /// </summary>
    internal static class UncheckedWire
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static byte Byte(ReadOnlySpan<byte> data, int position) =>
            Unsafe.Add(ref MemoryMarshal.GetReference(data), position);

        /// <summary>A varint at <paramref name="position"/>, which moves past it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong Varint(ReadOnlySpan<byte> data, ref int position)
        {
            ref byte start = ref MemoryMarshal.GetReference(data);
            ulong b = Unsafe.Add(ref start, position++);
            if (b < 0x80)
            {
                return b;
            }

            ulong result = b & 0x7F;
            int shift = 7;
            do
            {
                b = Unsafe.Add(ref start, position++);
                result |= (b & 0x7F) << shift;
                shift += 7;
            }
            while (b >= 0x80);

            return result;
        }

        /// <summary>A little-endian float at <paramref name="position"/>, which moves past it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Float(ReadOnlySpan<byte> data, ref int position)
        {
            float value = Unsafe.ReadUnaligned<float>(ref Unsafe.Add(ref MemoryMarshal.GetReference(data), position));
            position += 4;
            return value;
        }

        /// <summary>A little-endian fixed-width value at <paramref name="position"/>, which moves past it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Fixed<T>(ReadOnlySpan<byte> data, ref int position)
            where T : unmanaged
        {
            T value = Unsafe.ReadUnaligned<T>(ref Unsafe.Add(ref MemoryMarshal.GetReference(data), position));
            position += Unsafe.SizeOf<T>();
            return value;
        }

        /// <summary>
        /// Counts the fields tagged <paramref name="tag"/> (a one-byte length-delimited tag) in a message of varint and
        /// length-delimited fields with one-byte tags and lengths, as in the samples: what a decoder must scan to size a list
        /// exactly, since protobuf sends no count.
        /// </summary>
        public static int Count(ReadOnlySpan<byte> data, byte tag)
        {
            int count = 0;
            int position = 0;
            while (position < data.Length)
            {
                byte next = Byte(data, position++);
                if ((next & 7) == 2)
                {
                    count += next == tag ? 1 : 0;
                    position += 1 + Byte(data, position);
                }
                else
                {
                    Varint(data, ref position);
                }
            }

            return count;
        }
    }
}
