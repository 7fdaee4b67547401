using System.Collections.Generic;
using System.Linq;
using EtProtocolGen.Analyzers.Manifest;
using EtProtocolGen.Tool.Inputs;
using Xunit;

namespace EtProtocolGen.Tool.Tests
{
    /// <summary>
    /// Messages of .proto files are in the manifest as C# messages are: EtProtocolGen.Tests.ProtoProtocol defines its
    /// protocol only in .proto files (ET's dialect and proto3) and its handlers in C#; the manifest read from the compiled
    /// assembly records their opcodes, kinds, limits and authorization, and the handlers of .proto messages.
    /// </summary>
    public class ProtoProtocolManifestTests
    {
        [Fact]
        public void The_manifest_of_a_protocol_defined_in_proto_files_has_its_messages_and_handlers()
        {
            BuiltManifest compiled = CompiledProtocol.Read(typeof(ET.C2R_Login).Assembly.Location);
            List<string> lines = ManifestWriter.Write(compiled.Manifest);

            Assert.Contains("message ET.C2R_Login opcode=10005 scope=outer kind=request response=ET.R2C_Login authorization=anonymous rate-limits=5/60s:connection", lines);
            Assert.Contains("message ET.C2R_Login field 3 Password string len max-length=64 sensitive", lines);
            Assert.Contains("message EtProtocolGen.Tests.ProtoProtocol.Shop.BuyRequest field 3 Count int32 varint range=1..99", lines);
            Assert.Contains("message EtProtocolGen.Tests.ProtoProtocol.Shop.BuyRequest reserved 4", lines);
            Assert.Contains("message EtProtocolGen.Tests.ProtoProtocol.Shop.BuyRequest reserved-name GiftNote", lines);
            Assert.Contains(lines, line => line.StartsWith("message EtProtocolGen.Tests.ProtoProtocol.Shop.BuyRequest opcode=3001 ", System.StringComparison.Ordinal) && line.EndsWith("authorization=roles(buyer)", System.StringComparison.Ordinal));
            Assert.Contains("handler EtProtocolGen.Tests.ProtoProtocol.Server.ProtoPingHandler message=ET.C2G_Ping scope=outer authorization=authenticated", lines);
            Assert.Contains(lines, line => line.StartsWith("handler EtProtocolGen.Tests.ProtoProtocol.Server.ProtoBuyHandler message=EtProtocolGen.Tests.ProtoProtocol.Shop.BuyRequest ", System.StringComparison.Ordinal));
            Assert.DoesNotContain(lines, line => line.StartsWith("message ET.UnitInfo opcode", System.StringComparison.Ordinal));
        }
    }
}
