using System;
using System.Buffers;
using EtProtocolGen.Wire;

namespace EtProtocolGen.Fuzz.Tests
{
    /// <summary>A hand-written "message" whose encoding is its raw bytes: lets tests build decoders that break one property each.</summary>
    internal sealed class FakeMessage : IWireMessage
    {
        public FakeMessage(byte[] bytes) => Bytes = bytes;

        public byte[] Bytes { get; }

        public ushort MessageOpcode => 1;

        public int CalculateSize() => Bytes.Length;

        public void WriteTo(IBufferWriter<byte> output) => output.Write(Bytes);

        public bool TryWriteTo(Span<byte> destination, out int bytesWritten)
        {
            bytesWritten = 0;
            if (!Bytes.AsSpan().TryCopyTo(destination))
            {
                return false;
            }

            bytesWritten = Bytes.Length;
            return true;
        }

        public void WriteFields(ref ProtoWriter writer) => throw new NotSupportedException();
    }
}
