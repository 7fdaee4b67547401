using EtProtocolGen.Generator.Tests.Infrastructure;

namespace EtProtocolGen.Generator.Tests;

/// <summary>
/// Hostile nesting: however deep the input nests messages, decoding stops at the depth limit with
/// <see cref="ProtocolError.DepthExceeded"/> instead of recursing until the stack overflows.
/// </summary>
public sealed class NestingDepthTests : IClassFixture<NestingDepthTests.DeepProtocol>
{
    /// <summary>Under the default 1 MB message size, so that 100000 levels reach the decoder.</summary>
    private const string Messages = """
        using EtProtocolGen;

        namespace Game.Protocol
        {
            [Message(4001, MaxDepth = 8)]
            public partial class Shallow
            {
                [Field(1)] public Shallow? Next { get; set; }
            }

            [Message(4002)]
            public partial class Chain
            {
                [Field(1)] public Chain? Next { get; set; }
                [Field(2)] public int Value { get; set; }
            }
        }
        """;

    private const string Probe = """
        using System;
        using EtProtocolGen;
        using Game.Protocol;

        public static class Probe
        {
            public static string ParseShallow(byte[] data) => Outcome(() => Shallow.Parse(data));

            public static string ParseChain(byte[] data) => Outcome(() => Chain.Parse(data));

            public static string TryParseChain(byte[] data) =>
                Chain.TryParse(data, out Chain message, out ProtocolError error) ? "ok" : error.ToString();

            /// <summary>"ok", or the error of the ProtocolException; any other exception escapes and fails the test.</summary>
            private static string Outcome(Action parse)
            {
                try
                {
                    parse();
                    return "ok";
                }
                catch (ProtocolException exception)
                {
                    return exception.Error.ToString();
                }
            }
        }
        """;

    private const byte NextTag = 0x0A; // field 1, length-delimited

    private readonly DeepProtocol _protocol;

    public NestingDepthTests(DeepProtocol protocol) => _protocol = protocol;

    [Fact]
    public void Hundred_thousand_nested_messages_end_in_depth_exceeded_not_a_stack_overflow()
    {
        byte[] data = Nested(100_000);
        Assert.True(data.Length < 1024 * 1024, "The input must stay under the default message size, or the size check answers first.");

        Assert.Equal("DepthExceeded", _protocol.Call<string>("ParseChain", data));
        Assert.Equal("DepthExceeded", _protocol.Call<string>("TryParseChain", data));
        Assert.Equal("DepthExceeded", _protocol.Call<string>("ParseShallow", data));
    }

    [Fact]
    public void The_default_depth_limit_is_64_nested_messages()
    {
        Assert.Equal("ok", _protocol.Call<string>("ParseChain", Nested(64)));
        Assert.Equal("DepthExceeded", _protocol.Call<string>("ParseChain", Nested(65)));
    }

    [Fact]
    public void A_message_max_depth_overrides_the_default()
    {
        Assert.Equal("ok", _protocol.Call<string>("ParseShallow", Nested(8)));
        Assert.Equal("DepthExceeded", _protocol.Call<string>("ParseShallow", Nested(9)));
    }

    /// <summary>Field 1 nested <paramref name="depth"/> times inside the root: <c>0A &lt;length&gt; &lt;inner&gt;</c>, written back to front.</summary>
    private static byte[] Nested(int depth)
    {
        byte[] buffer = new byte[depth * 6];
        int start = buffer.Length;
        for (int level = 0; level < depth; level++)
        {
            int length = buffer.Length - start;
            int varintSize = 1;
            while (length >> (7 * varintSize) != 0)
            {
                varintSize++;
            }

            start -= varintSize;
            for (int i = 0; i < varintSize; i++)
            {
                byte group = (byte)((length >> (7 * i)) & 0x7F);
                buffer[start + i] = i < varintSize - 1 ? (byte)(group | 0x80) : group;
            }

            buffer[--start] = NextTag;
        }

        return buffer[start..];
    }

    /// <summary>The two recursive messages and the probe, compiled once for the class.</summary>
    public sealed class DeepProtocol : CompiledProtocol
    {
        public DeepProtocol()
            : base(Messages, Probe)
        {
        }
    }
}
