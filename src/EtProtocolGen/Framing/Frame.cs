using System.Buffers;

namespace EtProtocolGen.Framing
{
    /// <summary>One frame read by <see cref="FrameReader"/>: its opcode and its payload, a slice of the read buffer.</summary>
    public readonly struct Frame
    {
        /// <summary>Creates a frame.</summary>
        public Frame(ushort opcode, ReadOnlySequence<byte> payload)
        {
            Opcode = opcode;
            Payload = payload;
        }

        /// <summary>The opcode.</summary>
        public ushort Opcode { get; }

        /// <summary>The encoded message; valid only until the buffer it came from is advanced past.</summary>
        public ReadOnlySequence<byte> Payload { get; }
    }
}
