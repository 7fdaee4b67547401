using System;
using System.Buffers;

namespace EtProtocolGen.Generator.Tests.Infrastructure;

/// <summary>Splits bytes into a multi-segment <see cref="ReadOnlySequence{T}"/>, as a pipe delivers them.</summary>
internal static class ByteSegments
{
    public static ReadOnlySequence<byte> Split(byte[] data, int segmentLength)
    {
        var first = new Segment(data.AsMemory(0, Math.Min(segmentLength, data.Length)));
        Segment last = first;
        for (int start = segmentLength; start < data.Length; start += segmentLength)
        {
            last = last.Append(data.AsMemory(start, Math.Min(segmentLength, data.Length - start)));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
