using System.IO;
using EtProtocolGen.Generator.Tests.Infrastructure;

namespace EtProtocolGen.Generator.Tests.Proto;

/// <summary>The files of EtProtocolGen.Tests.ProtoProtocol (a protocol defined by .proto files) that the generator tests run on.</summary>
internal static class TestProtocolFiles
{
    /// <summary>Its ET-style protocol, which the runtime tests build through the package's &lt;EtProtocol&gt; item.</summary>
    public static readonly ProtoFile EtOuter = new("/project/Proto/OuterMessage_C_10001.proto", Read("OuterMessage_C_10001.proto"));

    /// <summary>Its proto3 file.</summary>
    public static readonly ProtoFile Shop = new("/project/Proto/shop.proto", Read("shop.proto"));

    /// <summary>The look-alike engine types and their [assembly: WireSurrogate] mappings, which the ET-style files use.</summary>
    public static readonly string[] Engine = { Read("Engine/EngineTypes.cs"), Read("Engine/EngineWire.cs") };

    private static string Read(string path) =>
        File.ReadAllText(Path.Combine(RepositoryProtocols.RepositoryRoot(), "tests/EtProtocolGen.Tests.ProtoProtocol", path));
}
