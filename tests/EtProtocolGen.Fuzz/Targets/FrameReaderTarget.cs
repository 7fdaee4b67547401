using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Generic;
using EtProtocolGen.Fuzz.Properties;
using EtProtocolGen.Fuzz.Seeds;
using EtProtocolGen.Framing;
using EtProtocolGen.Testing;

namespace EtProtocolGen.Fuzz.Targets
{
    /// <summary>
    /// Fuzzes the transport's <see cref="FrameReader"/> over a byte stream that arrives in segments. The first input byte
    /// chooses the segment size (low 4 bits, 1–16 bytes) and the frame limit (high 4 bits, 2–962 bytes); the rest is the
    /// stream. Frames are read until the reader stops. On every call:
    /// <list type="number">
    /// <item><c>TryRead</c> throws nothing and allocates within <see cref="AllocationBudget"/>;</item>
    /// <item>its status, declared length, opcode and payload are those of an independent reading of the flat bytes
    /// (4-byte little-endian length counting opcode and payload, then 2-byte opcode);</item>
    /// <item>a complete frame consumes exactly its bytes; any other status consumes nothing; an oversize length is refused
    /// from the 4 length bytes alone, however few body bytes arrived.</item>
    /// </list>
    /// </summary>
    public sealed class FrameReaderTarget : IFuzzTarget
    {
        public string Name => "frame-reader";

        public IEnumerable<KeyValuePair<string, byte[]>> Seeds() => FrameSeeds.All();

        public void Run(ReadOnlySpan<byte> input)
        {
            if (input.Length == 0)
            {
                return;
            }

            int segmentSize = 1 + (input[0] & 0x0F);
            int maxFrameSize = 2 + ((input[0] >> 4) * 64);
            byte[] stream = input.Slice(1).ToArray();
            ReadOnlySequence<byte> buffer = Chunked(stream, segmentSize);

            int offset = 0;
            while (true)
            {
                ReadOnlySequence<byte> before = buffer;
                FrameStatus status = default;
                Frame frame = default;
                uint declared = 0;
                long allocated;
                try
                {
                    long start = GC.GetAllocatedBytesForCurrentThread();
                    status = FrameReader.TryRead(ref buffer, maxFrameSize, out frame, out declared);
                    allocated = GC.GetAllocatedBytesForCurrentThread() - start;
                }
                catch (Exception exception)
                {
                    throw Violation("reader-never-throws", "TryRead threw " + exception.GetType().Name + " at offset " + offset, exception);
                }

                AllocationBudget.Check(Name, "FrameReader.TryRead", stream.Length - offset, allocated);
                Expected expected = Expect(stream.AsSpan(offset), maxFrameSize);
                if (status != expected.Status || declared != expected.Declared)
                {
                    throw Violation("matches-reference", "at offset " + offset + ": " + status + "/" + declared + ", expected " + expected.Status + "/" + expected.Declared);
                }

                if (status != FrameStatus.Complete)
                {
                    if (!buffer.Start.Equals(before.Start) || buffer.Length != before.Length)
                    {
                        throw Violation("consumes-only-complete-frames", status + " consumed bytes");
                    }

                    return;
                }

                int frameLength = 4 + (int)declared;
                ReadOnlySpan<byte> payload = stream.AsSpan(offset + FrameFormat.HeaderSize, frameLength - FrameFormat.HeaderSize);
                if (frame.Opcode != expected.Opcode || !frame.Payload.ToArray().AsSpan().SequenceEqual(payload))
                {
                    throw Violation("matches-reference", "frame at offset " + offset + " has opcode " + frame.Opcode + " and " + frame.Payload.Length + " payload bytes");
                }

                offset += frameLength;
                if (buffer.Length != stream.Length - offset)
                {
                    throw Violation("consumes-only-complete-frames", "a complete frame of " + frameLength + " bytes left " + buffer.Length + " of " + (stream.Length - offset + frameLength));
                }
            }
        }

        /// <summary>The reference reading of one frame at the start of <paramref name="bytes"/>.</summary>
        private static Expected Expect(ReadOnlySpan<byte> bytes, int maxFrameSize)
        {
            if (bytes.Length < 4)
            {
                return new Expected(FrameStatus.Incomplete, 0, 0);
            }

            uint declared = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
            if (declared > (uint)maxFrameSize)
            {
                return new Expected(FrameStatus.TooLarge, declared, 0);
            }

            if (declared < 2)
            {
                return new Expected(FrameStatus.TooShort, declared, 0);
            }

            if (bytes.Length < 4 + (long)declared)
            {
                return new Expected(FrameStatus.Incomplete, declared, 0);
            }

            return new Expected(FrameStatus.Complete, declared, BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(4)));
        }

        /// <summary>The stream in segments of <paramref name="segmentSize"/> bytes, or whole when it fits in one.</summary>
        private static ReadOnlySequence<byte> Chunked(byte[] stream, int segmentSize) =>
            stream.Length <= segmentSize ? new ReadOnlySequence<byte>(stream) : Segments.Split(stream, segmentSize);

        private PropertyViolationException Violation(string property, string detail, Exception? inner = null) =>
            new PropertyViolationException(Name, property, detail, inner);

        private readonly struct Expected
        {
            public Expected(FrameStatus status, uint declared, ushort opcode)
            {
                Status = status;
                Declared = declared;
                Opcode = opcode;
            }

            public FrameStatus Status { get; }

            public uint Declared { get; }

            public ushort Opcode { get; }
        }
    }
}
