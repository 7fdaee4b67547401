using System;
using System.Buffers;

namespace EtProtocolGen.Transport.Tests
{
    /// <summary>Builds a multi-segment sequence, as a pipe delivers bytes that arrived in several reads.</summary>
    public static class Segments
    {
        public static ReadOnlySequence<byte> Split(byte[] bytes, params int[] cuts)
        {
            var first = new Segment(bytes.AsMemory(0, cuts[0]), 0);
            Segment last = first;
            for (int i = 0; i < cuts.Length; i++)
            {
                int end = i + 1 < cuts.Length ? cuts[i + 1] : bytes.Length;
                last = last.Append(bytes.AsMemory(cuts[i], end - cuts[i]));
            }

            return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
        }

        private sealed class Segment : ReadOnlySequenceSegment<byte>
        {
            public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
            {
                Memory = memory;
                RunningIndex = runningIndex;
            }

            public Segment Append(ReadOnlyMemory<byte> memory)
            {
                var next = new Segment(memory, RunningIndex + Memory.Length);
                Next = next;
                return next;
            }
        }
    }
}
