using System;
using System.Numerics;
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

        /// <summary>
        /// A varint at <paramref name="position"/>, which moves past it, decoded as the runtime's reader does without its checks:
        /// one to three bytes byte by byte, up to eight from one 8-byte load with the 7-bit groups packed by shifts and masks (the
        /// buffer must have 8 bytes after any varint: <see cref="Padded"/>), longer ones byte by byte.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong Varint(ReadOnlySpan<byte> data, ref int position)
        {
            ref byte start = ref Unsafe.Add(ref MemoryMarshal.GetReference(data), position);
            ulong first = start;
            if (first < 0x80)
            {
                position++;
                return first;
            }

            ulong second = Unsafe.Add(ref start, 1);
            if (second < 0x80)
            {
                position += 2;
                return (first & 0x7F) | (second << 7);
            }

            ulong third = Unsafe.Add(ref start, 2);
            if (third < 0x80)
            {
                position += 3;
                return (first & 0x7F) | ((second & 0x7F) << 7) | (third << 14);
            }

            ulong word = Unsafe.ReadUnaligned<ulong>(ref start);
            ulong stops = ~word & 0x8080808080808080UL;
            if (stops == 0)
            {
                return Long(ref start, ref position);
            }

            int bits = BitOperations.TrailingZeroCount(stops) + 1;
            ulong x = word & (ulong.MaxValue >> (64 - bits)) & 0x7F7F7F7F7F7F7F7FUL;
            x = ((x & 0x7F007F007F007F00UL) >> 1) | (x & 0x007F007F007F007FUL);
            x = ((x & 0x3FFF00003FFF0000UL) >> 2) | (x & 0x00003FFF00003FFFUL);
            x = ((x & 0x0FFFFFFF00000000UL) >> 4) | (x & 0x000000000FFFFFFFUL);
            position += bits >> 3;
            return x;
        }

        private static ulong Long(ref byte start, ref int position)
        {
            ulong result = 0;
            int i = 0;
            ulong b;
            do
            {
                b = Unsafe.Add(ref start, i);
                result |= (b & 0x7F) << (7 * i);
                i++;
            }
            while (b >= 0x80);

            position += i;
            return result;
        }

        /// <summary>A copy of <paramref name="bytes"/> with 8 zero bytes after it, so that <see cref="Varint"/> may load 8 bytes anywhere in it.</summary>
        public static byte[] Padded(ReadOnlySpan<byte> bytes)
        {
            var padded = new byte[bytes.Length + 8];
            bytes.CopyTo(padded);
            return padded;
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
