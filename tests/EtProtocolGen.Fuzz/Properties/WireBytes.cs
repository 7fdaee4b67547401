using System;
using System.Buffers;
using EtProtocolGen.Testing;

namespace EtProtocolGen.Fuzz.Properties
{
    /// <summary>Encoding and buffer helpers the properties share.</summary>
    public static class WireBytes
    {
        /// <summary>Encodes <paramref name="message"/> through <see cref="IWireMessage.WriteTo"/>.</summary>
        public static byte[] Encode(IWireMessage message)
        {
            var buffer = new ArrayBufferWriter<byte>();
            message.WriteTo(buffer);
            return buffer.WrittenSpan.ToArray();
        }

        /// <summary>
        /// Splits <paramref name="data"/> into a multi-segment sequence, cutting at positions derived from its length, as a pipe
        /// delivers bytes that arrived in several reads.
        /// </summary>
        public static ReadOnlySequence<byte> Segmented(byte[] data, int seed)
        {
            if (data.Length < 2)
            {
                return new ReadOnlySequence<byte>(data);
            }

            int first = 1 + (Math.Abs(seed) % (data.Length - 1));
            int second = first + ((data.Length - first) / 2);
            return Segments.SplitAt(data, first, second);
        }
    }
}
