using System.Buffers;
using EtProtocolGen.Framing;

namespace EtProtocolGen.Testing
{
    /// <summary>
    /// Raw frames for attacks: well-formed headers around chosen payloads, or headers alone. One source, linked into the
    /// test projects of both ends (the server transport's and the client's).
    /// </summary>
    internal static class Frames
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
