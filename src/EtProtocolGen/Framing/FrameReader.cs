using System;
using System.Buffers;
using System.Buffers.Binary;

namespace EtProtocolGen.Framing
{
    /// <summary>Reads frames (see <see cref="FrameFormat"/>) from a pipe's buffer without trusting the declared length.</summary>
    public static class FrameReader
    {
        /// <summary>
        /// Reads one frame from the start of <paramref name="buffer"/>. The declared length is checked against
        /// <paramref name="maxFrameSize"/> as soon as its 4 bytes are there, so an oversize or hostile length is refused before
        /// any of the body is waited for or buffered.
        /// </summary>
        /// <param name="buffer">The unread bytes; on <see cref="FrameStatus.Complete"/> it is advanced past the frame, otherwise left as it was.</param>
        /// <param name="maxFrameSize">The largest declared length (opcode plus payload) accepted.</param>
        /// <param name="frame">The frame, on <see cref="FrameStatus.Complete"/>.</param>
        /// <param name="declaredLength">The declared length when at least 4 bytes were there, otherwise 0.</param>
        public static FrameStatus TryRead(ref ReadOnlySequence<byte> buffer, int maxFrameSize, out Frame frame, out uint declaredLength)
        {
            frame = default;
            declaredLength = 0;
            if (buffer.Length < FrameFormat.LengthSize)
            {
                return FrameStatus.Incomplete;
            }

            Span<byte> lengthBytes = stackalloc byte[FrameFormat.LengthSize];
            buffer.Slice(0, FrameFormat.LengthSize).CopyTo(lengthBytes);
            declaredLength = BinaryPrimitives.ReadUInt32LittleEndian(lengthBytes);

            // Security: the only decision taken before the body arrives; a 4 GB claim costs the peer 4 bytes and us nothing.
            if (declaredLength > (uint)maxFrameSize)
            {
                return FrameStatus.TooLarge;
            }

            if (declaredLength < FrameFormat.OpcodeSize)
            {
                return FrameStatus.TooShort;
            }

            long total = FrameFormat.LengthSize + (long)declaredLength;
            if (buffer.Length < total)
            {
                return FrameStatus.Incomplete;
            }

            Span<byte> opcodeBytes = stackalloc byte[FrameFormat.OpcodeSize];
            buffer.Slice(FrameFormat.LengthSize, FrameFormat.OpcodeSize).CopyTo(opcodeBytes);
            ushort opcode = BinaryPrimitives.ReadUInt16LittleEndian(opcodeBytes);

            frame = new Frame(opcode, buffer.Slice(FrameFormat.HeaderSize, declaredLength - FrameFormat.OpcodeSize));
            buffer = buffer.Slice(total);
            return FrameStatus.Complete;
        }
    }
}
