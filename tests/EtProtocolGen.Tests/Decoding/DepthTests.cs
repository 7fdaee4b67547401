using EtProtocolGen.Tests.Infrastructure;
using EtProtocolGen.Tests.Protocol;
using Xunit;

namespace EtProtocolGen.Tests.Decoding;

/// <summary>
/// Nesting is bounded: the default of 64 levels below the top-level message, or the message's own MaxDepth;
/// the level past the bound is refused before it is decoded, so hostile depth cannot overflow the stack.
/// </summary>
public class DepthTests
{
    [Fact]
    public void Default_depth_accepts_64_nested_levels_and_refuses_the_65th()
    {
        Node parsed = Messages.Node.Accepts(NestedBytes.Chain(64));
        int levels = 0;
        for (Node? node = parsed.Next; node is not null; node = node.Next)
        {
            levels++;
        }

        Assert.Equal(64, levels);
        Messages.Node.Refuses(NestedBytes.Chain(65), ProtocolError.DepthExceeded, 1);
    }

    [Fact]
    public void Message_MaxDepth_narrower_than_the_default_is_enforced()
    {
        Messages.ShallowNode.Accepts(NestedBytes.Chain(3));
        Messages.ShallowNode.Refuses(NestedBytes.Chain(4), ProtocolError.DepthExceeded, 1);
    }

    [Fact]
    public void Message_MaxDepth_wider_than_the_default_is_enforced()
    {
        Messages.DeepNode.Accepts(NestedBytes.Chain(200));
        Messages.DeepNode.Refuses(NestedBytes.Chain(201), ProtocolError.DepthExceeded, 1);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Hostile_depth_is_refused_without_overflowing_the_stack(int levels)
    {
        byte[] data = NestedBytes.Chain(levels);
        Assert.True(data.Length <= ProtocolLimitsAttribute.DefaultMaxMessageSize);

        Messages.Node.Refuses(data, ProtocolError.DepthExceeded, 1);
        Messages.DeepNode.Refuses(data, ProtocolError.DepthExceeded, 1);
        Messages.Nesting.Refuses(NestedBytes.Chain(levels, fieldNumber: 3), ProtocolError.DepthExceeded, 3);
    }

    [Fact]
    public void Depth_counts_every_kind_of_nested_message()
    {
        // Nesting.Inner x 63, then a Child at the 64th level: accepted; one more Inner level first: refused.
        Messages.Nesting.Accepts(Wrapped(63, new Bytes().LengthDelimited(1, new Bytes().Tag(1, 0).Varint(7))));
        Messages.Nesting.Refuses(Wrapped(64, new Bytes().LengthDelimited(1, new Bytes().Tag(1, 0).Varint(7))), ProtocolError.DepthExceeded, 1);

        // The same with a struct (Point) and a list element (Points) at the bottom.
        Messages.Nesting.Accepts(Wrapped(63, new Bytes().LengthDelimited(2, new Bytes().Tag(1, 0).Varint(7))));
        Messages.Nesting.Refuses(Wrapped(64, new Bytes().LengthDelimited(2, new Bytes().Tag(1, 0).Varint(7))), ProtocolError.DepthExceeded, 2);
        Messages.Nesting.Accepts(Wrapped(63, new Bytes().LengthDelimited(4, new Bytes().Tag(1, 0).Varint(7))));
        Messages.Nesting.Refuses(Wrapped(64, new Bytes().LengthDelimited(4, new Bytes().Tag(1, 0).Varint(7))), ProtocolError.DepthExceeded, 4);
    }

    /// <summary><paramref name="innermost"/> inside <paramref name="levels"/> levels of Nesting.Inner (field 3).</summary>
    private static byte[] Wrapped(int levels, byte[] innermost)
    {
        byte[] data = innermost;
        for (int i = 0; i < levels; i++)
        {
            data = new Bytes().LengthDelimited(3, data);
        }

        return data;
    }
}
