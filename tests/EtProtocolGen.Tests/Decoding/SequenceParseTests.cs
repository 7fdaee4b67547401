using System.Buffers;
using System.Collections.Generic;
using CsCheck;
using EtProtocolGen.Testing;
using EtProtocolGen.Tests.Infrastructure;
using EtProtocolGen.Tests.Interop;
using EtProtocolGen.Tests.Protocol;
using Xunit;

namespace EtProtocolGen.Tests.Decoding;

/// <summary>Parse over a multi-segment <see cref="ReadOnlySequence{T}"/> (a pipe's buffer) equals Parse over a span, wherever the cuts fall.</summary>
public class SequenceParseTests
{
    /// <summary>A message with every kind of field: varints, fixed, strings (multi-byte), bytes, packed runs, nested messages, maps.</summary>
    private static readonly Nesting Sample = new()
    {
        Child = new Child { Id = -5, Name = "héllo 😀" },
        Point = new Point { X = int.MaxValue, Y = int.MinValue },
        Inner = new Nesting { Label = "inner €", Points = { new Point { X = 1, Y = 2 }, new Point { X = 300, Y = -300 } } },
        Points = { new Point { X = 7, Y = 8 } },
        Label = "outer label",
    };

    private static readonly Repeateds SampleRepeateds = new()
    {
        Int32List = { 1, -1, 300, int.MinValue },
        ZigZagInt64List = { long.MinValue, 0, 5 },
        FixedUInt32List = { 1, uint.MaxValue },
        DoubleArray = new[] { 1.5, double.NaN },
        StringList = { "a", "ü€😀" },
        BytesList = { new byte[] { 0, 1, 2 } },
        MemoryList = { new byte[] { 5, 6, 7 }, new byte[] { 8 } },
        ChildArray = new[] { new Child { Id = 9, Name = "nine" } },
    };

    [Fact]
    public void Two_segments_cut_at_every_point_parse_like_the_span()
    {
        AssertEveryCut(Messages.Nesting, Encoded.Bytes(Sample));
        AssertEveryCut(Messages.Repeateds, Encoded.Bytes(SampleRepeateds));
    }

    [Fact]
    public void Three_segments_cut_at_every_pair_of_points_parse_like_the_span()
    {
        byte[] data = Encoded.Bytes(Sample);
        for (int first = 0; first <= data.Length; first++)
        {
            for (int second = first; second <= data.Length; second++)
            {
                ReadOnlySequence<byte> sequence = Segments.SplitAt(data, first, second);
                Assert.Equal(data, Encoded.Bytes(Messages.Nesting.Parse(in sequence)));
            }
        }
    }

    [Fact]
    public void One_byte_segments_parse_like_the_span()
    {
        foreach ((IMessageApi api, byte[] data) in Samples())
        {
            int[] everyByte = new int[data.Length - 1];
            for (int i = 0; i < everyByte.Length; i++)
            {
                everyByte[i] = i + 1;
            }

            AssertSameAsSpan(api, data, Segments.SplitAt(data, everyByte));
        }
    }

    [Fact]
    public void Refused_input_gives_the_same_error_wherever_it_is_cut()
    {
        byte[] valid = Encoded.Bytes(Sample);
        byte[] truncated = valid[..^3];
        byte[] badUtf8 = new Bytes().Raw(valid).LengthDelimited(5, new byte[] { 0x61, 0xFF });
        byte[] tooDeep = NestedBytes.Chain(65, fieldNumber: 3);

        foreach (byte[] data in new[] { truncated, badUtf8, tooDeep })
        {
            ProtocolException fromSpan = Messages.Nesting.ParseThrows(data);
            for (int cut = 0; cut <= data.Length; cut++)
            {
                ReadOnlySequence<byte> sequence = Segments.SplitAt(data, cut);
                ProtocolException fromSequence = Assert.Throws<ProtocolException>(() => Messages.Nesting.Parse(in sequence));
                Assert.Equal(fromSpan.Error, fromSequence.Error);
                Assert.Equal(fromSpan.FieldNumber, fromSequence.FieldNumber);
            }
        }
    }

    [Fact]
    public void Bytes_parsed_from_a_sequence_do_not_alias_the_pooled_copy_or_the_input()
    {
        // A multi-segment Parse decodes from a pooled copy that is cleared and returned afterwards: bytes and
        // ReadOnlyMemory<byte> fields must own their data, or they would read zeros (or another renter's data).
        byte[] data = new Bytes().LengthDelimited(1, new byte[] { 1, 2, 3 }).LengthDelimited(2, new byte[] { 4, 5, 6 });
        byte[] input = (byte[])data.Clone();
        ReadOnlySequence<byte> sequence = Segments.SplitAt(input, 2, 5);
        Blobs fromSequence = Messages.Blobs.Parse(in sequence);
        Blobs fromSpan = Messages.Blobs.Parse(input);

        System.Array.Clear(input);
        foreach (Blobs parsed in new[] { fromSequence, fromSpan })
        {
            Assert.Equal(new byte[] { 1, 2, 3 }, parsed.Data);
            Assert.Equal(new byte[] { 4, 5, 6 }, parsed.Memory.ToArray());
        }
    }

    [Fact]
    public void Over_size_sequence_is_refused_before_it_is_copied()
    {
        byte[] data = new byte[ProtocolLimitsAttribute.DefaultMaxMessageSize + 1];
        ReadOnlySequence<byte> sequence = Segments.SplitAt(data, 1, data.Length / 2);
        Allocations.AssertSmall("refusing an over-size sequence", () =>
        {
            ProtocolException e = Assert.Throws<ProtocolException>(() => Messages.Child.Parse(in sequence));
            Assert.Equal(ProtocolError.LimitExceeded, e.Error);
        });
    }

    [Fact]
    public void Random_messages_cut_at_random_points_parse_like_the_span()
    {
        Gen<(Nesting, int, int)> gen = MessageGens.Nesting.SelectMany(message =>
        {
            int length = message.CalculateSize();
            return Gen.Select(Gen.Const(message), Gen.Int[0, length], Gen.Int[0, length]);
        });
        Property.Check(gen, t =>
        {
            (Nesting message, int a, int b) = t;
            byte[] data = Encoded.Bytes(message);
            AssertSameAsSpan(Messages.Nesting, data, Segments.SplitAt(data, System.Math.Min(a, b), System.Math.Max(a, b)));
        }, iterations: 1_000);
    }

    private static IEnumerable<(IMessageApi Api, byte[] Data)> Samples()
    {
        yield return (Messages.Nesting, Encoded.Bytes(Sample));
        yield return (Messages.Repeateds, Encoded.Bytes(SampleRepeateds));
    }

    private static void AssertEveryCut(IMessageApi api, byte[] data)
    {
        for (int cut = 0; cut <= data.Length; cut++)
        {
            AssertSameAsSpan(api, data, Segments.SplitAt(data, cut));
        }
    }

    /// <summary>
    /// <paramref name="data"/> is our own (deterministic) encoding, so a message equal to the span's re-encodes to
    /// exactly <paramref name="data"/>; the interop tests show re-encoding loses no field.
    /// </summary>
    private static void AssertSameAsSpan(IMessageApi api, byte[] data, ReadOnlySequence<byte> sequence)
    {
        Assert.False(sequence.IsSingleSegment);
        Assert.Equal(data, Encoded.Bytes(api.AcceptsMessage(data)));
        Assert.Equal(data, Encoded.Bytes(api.ParseMessage(in sequence)));
    }
}
