using System;
using System.Buffers;

namespace EtProtocolGen.Tests.Infrastructure;

/// <summary>Splits bytes into a multi-segment <see cref="ReadOnlySequence{T}"/>, as a pipe delivers them.</summary>
internal static class Segments
{
    public static ReadOnlySequence<byte> Split(byte[] data, int segmentLength)
    {
        if (data.Length <= segmentLength)
        {
            // Still two segments (the second empty) so that the multi-segment path is taken.
            Segment only = new(data, 0);
            Segment empty = only.Append(Array.Empty<byte>());
            return new ReadOnlySequence<byte>(only, 0, empty, 0);
        }

        Segment first = new(data.AsMemory(0, segmentLength), 0);
        Segment last = first;
        for (int start = segmentLength; start < data.Length; start += segmentLength)
        {
            last = last.Append(data.AsMemory(start, Math.Min(segmentLength, data.Length - start)));
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
            Segment next = new(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
