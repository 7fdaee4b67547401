using System;
using System.Buffers;
using System.Linq;

namespace EtProtocolGen.Testing;

/// <summary>
/// Splits bytes into a multi-segment <see cref="ReadOnlySequence{T}"/>, as a pipe delivers them. One source, linked into the
/// runtime tests and the fuzz harness.
/// </summary>
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

    /// <summary>Cuts <paramref name="data"/> at each of <paramref name="cuts"/> (ascending offsets; empty segments allowed).</summary>
    public static ReadOnlySequence<byte> SplitAt(byte[] data, params int[] cuts)
    {
        int start = 0;
        Segment? first = null;
        Segment? last = null;
        foreach (int end in cuts.Append(data.Length))
        {
            ReadOnlyMemory<byte> part = data.AsMemory(start, end - start);
            last = last is null ? first = new Segment(part, 0) : last.Append(part);
            start = end;
        }

        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
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
