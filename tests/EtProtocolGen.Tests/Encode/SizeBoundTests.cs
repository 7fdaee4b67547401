using System.Collections.Generic;
using System.Linq;
using EtProtocolGen.Tests.Infrastructure;
using EtProtocolGen.Tests.Protocol;
using Xunit;

namespace EtProtocolGen.Tests.Encode;

/// <summary>
/// The size bound of messages whose fields all have a fixed maximum size (<c>Protocol/FixedSizeProtocol.cs</c>), which the
/// generator adds as a constant per field, element or entry: with every value at its longest encoding it equals the exact
/// size (the constant is the true maximum, so never below it), and every encode path writes the same bytes through it.
/// </summary>
public sealed class SizeBoundTests
{
    [Fact]
    public void A_fixed_size_message_at_its_longest_is_exactly_its_bound()
    {
        Extremes message = Longest();

        Assert.Equal(message.CalculateSize(), message.CalculateSizeBound());
        AssertRoundTrip(message, bytes => Extremes.Parse(bytes));
    }

    [Fact]
    public void Nested_fixed_size_messages_at_their_longest_are_exactly_the_bound()
    {
        FixedShapes message = LongestShapes(count: 100);

        Assert.Equal(message.CalculateSize(), message.CalculateSizeBound());
        AssertRoundTrip(message, bytes => FixedShapes.Parse(bytes));
    }

    [Fact]
    public void Default_values_and_null_elements_stay_within_the_bound()
    {
        var message = new FixedShapes
        {
            One = new Extremes(),
            List = { null, new Extremes(), Longest() },
            Array = new[] { default(ExtremesPair), new ExtremesPair { Second = Longest() } },
            Map = { [0] = default, [-1] = new ExtremesPair { First = new Extremes() } },
        };

        Assert.True(message.CalculateSizeBound() > message.CalculateSize());
        byte[] bytes = Encoded.Bytes(message);
        Assert.Equal(bytes, Encoded.Bytes(FixedShapes.Parse(bytes)));
    }

    [Fact]
    public void The_element_count_is_still_checked_in_the_bound()
    {
        FixedShapes message = LongestShapes(count: 101);

        ProtocolException refused = Assert.Throws<ProtocolException>(() => message.CalculateSizeBound());
        Assert.Equal(ProtocolError.LimitExceeded, refused.Error);
        Assert.Equal(3, refused.FieldNumber);
    }

    private static Extremes Longest() => new()
    {
        Int32Value = -1,
        Int64Value = long.MinValue,
        UInt64Value = ulong.MaxValue,
        ZigZagInt64 = long.MinValue,
        FixedInt32 = int.MinValue,
        BoolValue = true,
        DoubleValue = double.MaxValue,
        Color = Color.Infrared,
        Optional = int.MinValue,
    };

    private static ExtremesPair LongestPair() => new() { First = Longest(), Second = Longest(), Tick = long.MinValue };

    private static FixedShapes LongestShapes(int count) => new()
    {
        One = Longest(),
        Pair = LongestPair(),
        List = Enumerable.Range(0, count).Select(_ => (Extremes?)Longest()).ToList(),
        Array = Enumerable.Range(0, count).Select(_ => LongestPair()).ToArray(),
        Map = Enumerable.Range(0, count).ToDictionary(i => long.MinValue + i, _ => LongestPair()),
    };

    private static void AssertRoundTrip<T>(T message, System.Func<byte[], T> parse)
        where T : IWireMessage
    {
        byte[] bytes = Encoded.Bytes(message);
        Assert.Equal(bytes, Encoded.Bytes(parse(bytes)));
    }
}
