using System.Buffers;
using Xunit;

namespace EtProtocolGen.Tests.Proto;

/// <summary>Writes a generated message and parses it back, checking that the written size is the one it computes.</summary>
internal static class WireRoundTrip
{
    public delegate T Parser<T>(System.ReadOnlySpan<byte> data);

    public static T Of<T>(T message, Parser<T> parse)
        where T : IWireMessage
    {
        var buffer = new ArrayBufferWriter<byte>();
        message.WriteTo(buffer);
        Assert.Equal(message.CalculateSize(), buffer.WrittenCount);
        return parse(buffer.WrittenSpan);
    }
}
