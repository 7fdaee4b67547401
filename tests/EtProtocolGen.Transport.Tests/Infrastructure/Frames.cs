using System.Buffers;
using EtProtocolGen.Transport.Framing;

namespace EtProtocolGen.Transport.Tests.Infrastructure
{
    /// <summary>Raw frames for attacks: well-formed headers around chosen payloads, or headers alone.</summary>
    public static class Frames
    {
        public static byte[] Of(IWireMessage message)
        {
            var payload = new ArrayBufferWriter<byte>();
            message.WriteTo(payload);
            return FrameFormat.Build(message.MessageOpcode, payload.WrittenSpan);
        }

        /// <summary>A header that declares <paramref name="declaredLength"/> bytes, with none of them following.</summary>
        public static byte[] HeaderOnly(uint declaredLength, ushort opcode)
        {
            var header = new byte[FrameFormat.HeaderSize];
            FrameFormat.WriteHeader(header, declaredLength, opcode);
            return header;
        }
    }
}
