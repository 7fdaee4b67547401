using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EtProtocolGen.Generator.Proto.Binding;
using EtProtocolGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Generator.Tests.Proto;

/// <summary>
/// The options file the package ships (src/EtProtocolGen.Package/proto/etprotocolgen.proto) declares exactly the options
/// the generator reads, at the level it reads them; and a proto3 file that uses every option (also compiled by protoc in
/// EtProtocolGen.Tests) becomes the attributes a user would write.
/// </summary>
public sealed class ProtoOptionsFileTests
{
    private static string Read(string path) => File.ReadAllText(Path.Combine(RepositoryProtocols.RepositoryRoot(), path));

    [Fact]
    public void The_shipped_options_file_declares_every_option_the_generator_reads_and_no_other()
    {
        string text = Read("src/EtProtocolGen.Package/proto/etprotocolgen.proto");
        Assert.Equal(ProtoOptionReader.FileOptionNames.OrderBy(n => n), Declared(text, "FileOptions"));
        Assert.Equal(ProtoOptionReader.MessageOptionNames.OrderBy(n => n), Declared(text, "MessageOptions"));
        Assert.Equal(ProtoOptionReader.FieldOptionNames.OrderBy(n => n), Declared(text, "FieldOptions"));
    }

    [Fact]
    public void A_file_using_every_option_becomes_the_attributes_a_user_would_write()
    {
        var file = new ProtoFile("/project/Interop/etp_options.proto", Read("tests/EtProtocolGen.Tests/Interop/etp_options.proto"));
        (Compilation output, _) = GeneratorHarness.RunWithProto(GeneratorHarness.CreateCompilation(Array.Empty<string>()), file);

        Assert.Empty(GeneratorHarness.AllDiagnostics(output));
        INamedTypeSymbol buy = output.GetTypeByMetadataName("EtProtocolGen.Tests.Interop.Options.BuyRequest")!;
        Assert.Equal(new[] { "Authorize", "MaxConcurrency", "Message", "RateLimit", "RateLimit", "ResponseType" }, Names(buy.GetAttributes()));
        Assert.Equal(1, buy.GetAttributes().Single(a => a.AttributeClass!.Name == "MessageAttribute").NamedArguments.Single(a => a.Key == "Direction").Value.Value);
        Assert.Equal(new[] { "Field", "MaxLength", "MinLength", "Required" }, Names(Member(buy, "ItemCode").GetAttributes()));
        Assert.Equal(new[] { "Field", "MaxLength", "Sensitive" }, Names(Member(buy, "Coupon").GetAttributes()));
        Assert.Equal(new[] { "Field", "Range" }, Names(Member(output.GetTypeByMetadataName("EtProtocolGen.Tests.Interop.Options.Point")!, "X").GetAttributes()));

        INamedTypeSymbol kick = output.GetTypeByMetadataName("EtProtocolGen.Tests.Interop.Options.GmKick")!;
        AttributeData message = kick.GetAttributes().Single(a => a.AttributeClass!.Name == "MessageAttribute");
        Assert.Equal(new[] { "MaxDepth=4", "Scope=1" }, message.NamedArguments.Select(a => a.Key + "=" + a.Value.Value).OrderBy(s => s, StringComparer.Ordinal));
        Assert.Equal("gm", kick.GetAttributes().Single(a => a.AttributeClass!.Name == "AuthorizeAttribute").NamedArguments.Single().Value.Value);
    }

    /// <summary>The names of the fields of the file's <c>extend google.protobuf.&lt;options&gt; { ... }</c> block, sorted.</summary>
    private static IEnumerable<string> Declared(string text, string options)
    {
        Match block = Regex.Match(text, @"extend google\.protobuf\." + options + @" \{(?<body>[^}]*)\}");
        Assert.True(block.Success, "no extend block for " + options);
        return Regex.Matches(block.Groups["body"].Value, @"^\s*(?:repeated\s+)?[\w.]+\s+(?<name>\w+)\s*=\s*\d+;", RegexOptions.Multiline)
            .Select(match => match.Groups["name"].Value)
            .OrderBy(name => name);
    }

    private static ISymbol Member(INamedTypeSymbol type, string name) => type.GetMembers(name).Single();

    private static string[] Names(IEnumerable<AttributeData> attributes) =>
        attributes.Select(a => a.AttributeClass!.Name.Replace("Attribute", "", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal).ToArray();
}
