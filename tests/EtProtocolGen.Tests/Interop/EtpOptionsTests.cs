using EtProtocolGen.ProtoOptions;
using EtProtocolGen.Tests.Interop.Options;
using Google.Protobuf.Reflection;
using Xunit;

namespace EtProtocolGen.Tests.Interop;

/// <summary>
/// The package's proto/etprotocolgen.proto declares every option the generator reads, so protoc accepts a proto3 file
/// that uses them (this project compiles Interop/etp_options.proto with Grpc.Tools), and reads each with the value and
/// meaning the generator gives it (the generator tests read the same file: ProtoOptionsFileTests).
/// </summary>
public sealed class EtpOptionsTests
{
    [Fact]
    public void Protoc_reads_the_options_the_generator_reads()
    {
        MessageOptions buy = BuyRequest.Descriptor.GetOptions();
        Assert.Equal(3001u, buy.GetExtension(EtprotocolgenExtensions.Opcode));
        Assert.Equal("BuyResponse", buy.GetExtension(EtprotocolgenExtensions.ResponseType));
        Assert.True(buy.GetExtension(EtprotocolgenExtensions.Authorize));
        Assert.Equal(2, buy.GetExtension(EtprotocolgenExtensions.RateLimit).Count);
        Assert.Equal(Partition.RemoteAddress, buy.GetExtension(EtprotocolgenExtensions.RateLimit)[1].Per[0]);
        Assert.Equal(4, buy.GetExtension(EtprotocolgenExtensions.MaxConcurrency).Limit);

        FieldOptions itemCode = BuyRequest.Descriptor.FindFieldByName("item_code").GetOptions();
        Assert.Equal(32, itemCode.GetExtension(EtprotocolgenExtensions.MaxLength));
        Assert.Equal(1, itemCode.GetExtension(EtprotocolgenExtensions.MinLength));
        Assert.True(BuyRequest.Descriptor.FindFieldByName("coupon").GetOptions().GetExtension(EtprotocolgenExtensions.Sensitive));
        Assert.Equal(-1000d, Point.Descriptor.FindFieldByName("x").GetOptions().GetExtension(EtprotocolgenExtensions.Range).Min);

        MessageOptions kick = GmKick.Descriptor.GetOptions();
        Assert.Equal(Scope.Inner, kick.GetExtension(EtprotocolgenExtensions.Scope));
        Assert.Equal("gm", kick.GetExtension(EtprotocolgenExtensions.Roles));
        Assert.Equal(4, kick.GetExtension(EtprotocolgenExtensions.MaxDepth));
    }
}
