using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using EtProtocolGen.Wire;

namespace EtProtocolGen.Framing
{
    /// <summary>
    /// The frame layout on the wire (docs/wire.md): a 4-byte little-endian length, then a 2-byte little-endian opcode, then
    /// the protobuf payload. The length counts the opcode and the payload, not itself, so it is at least <see cref="OpcodeSize"/>.
    /// The one definition of the layout, shared by the server transport (EtProtocolGen.Transport) and the client
    /// (EtProtocolGen.Client), which depend on this runtime and never on each other.
    /// </summary>
    public static class FrameFormat
    {
        /// <summary>Size of the length field.</summary>
        public const int LengthSize = 4;

        /// <summary>Size of the opcode field.</summary>
        public const int OpcodeSize = 2;

        /// <summary>Size of the length and opcode fields together.</summary>
        public const int HeaderSize = LengthSize + OpcodeSize;

        /// <summary>The default maximum of the declared length: 64 KiB.</summary>
        public const int DefaultMaxFrameSize = 64 * 1024;

        /// <summary>
        /// Writes <paramref name="message"/> as one frame. Refuses to send a frame larger than <paramref name="maxFrameSize"/>,
        /// which the peer would refuse anyway.
        /// </summary>
        /// <exception cref="InvalidOperationException">The encoded message does not fit in <paramref name="maxFrameSize"/>.</exception>
        public static void Write(IBufferWriter<byte> output, IWireMessage message, int maxFrameSize)
        {
            if (output is null)
            {
                throw new ArgumentNullException(nameof(output));
            }

            if (message is null)
            {
                throw new ArgumentNullException(nameof(message));
            }

            int payloadSize = message.CalculateSize();

            // Compared without adding, so a size near int.MaxValue cannot wrap around the check.
            if (payloadSize < 0 || payloadSize > maxFrameSize - OpcodeSize)
            {
                throw new InvalidOperationException(
                    "Message with opcode " + message.MessageOpcode.ToString(CultureInfo.InvariantCulture) + " encodes to "
                    + payloadSize.ToString(CultureInfo.InvariantCulture) + " bytes, over the frame limit of "
                    + maxFrameSize.ToString(CultureInfo.InvariantCulture) + ".");
            }

            // The exact size is known (the header needs it): header and payload go into one span, without the
            // size bound or second size pass that WriteTo would compute.
            int frameSize = checked(HeaderSize + payloadSize);
            Span<byte> frame = output.GetSpan(frameSize).Slice(0, frameSize);
            WriteHeader(frame, (uint)(OpcodeSize + payloadSize), message.MessageOpcode);
            var writer = new ProtoWriter(frame.Slice(HeaderSize));
            message.WriteFields(ref writer);
            output.Advance(frameSize);
        }

        /// <summary>Writes a frame header: the declared length (opcode plus payload) and the opcode.</summary>
        public static void WriteHeader(Span<byte> destination, uint declaredLength, ushort opcode)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(destination, declaredLength);
            BinaryPrimitives.WriteUInt16LittleEndian(destination.Slice(LengthSize), opcode);
        }

        /// <summary>Builds one frame from raw parts (tests, tools and attack simulations).</summary>
        public static byte[] Build(ushort opcode, ReadOnlySpan<byte> payload)
        {
            var frame = new byte[HeaderSize + payload.Length];
            WriteHeader(frame, (uint)(OpcodeSize + payload.Length), opcode);
            payload.CopyTo(frame.AsSpan(HeaderSize));
            return frame;
        }
    }
}
