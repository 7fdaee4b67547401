using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using EtProtocolGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Generator.Tests;

/// <summary>
/// Generator and analyzers share one definition of "what is a message" (<c>ProtocolMessage</c>, matching attributes by name and
/// namespace). The analyzers used to look each attribute up once with <c>GetTypeByMetadataName</c> and compare symbols: a
/// message marked with a second assembly's copy of the attributes was generated but never analyzed, and with two referenced
/// assemblies declaring <c>EtProtocolGen.MessageAttribute</c> the lookup found none and every analyzer switched off.
/// </summary>
public sealed class MessageIdentityTests
{
    private const string Lookalike = """
        namespace EtProtocolGen
        {
            public sealed class MessageAttribute : System.Attribute { public MessageAttribute(ushort opcode) { } }
            public sealed class FieldAttribute : System.Attribute { public FieldAttribute(int number) { } }
            public sealed class MaxLengthAttribute : System.Attribute { public MaxLengthAttribute(int length) { } }
            public sealed class RangeAttribute : System.Attribute { public RangeAttribute(long minimum, long maximum) { } }
        }
        """;

    private const string Protocol = """
        extern alias old;
        using EtProtocolGen;

        namespace Game.Protocol
        {
            [Message(7001), Authorize]
            public partial class C2M_Chat : IMessage
            {
                [Field(1)] public string Text { get; set; } = "";
                [Field(2), Range(1, 10)] public string Channel { get; set; } = "";
            }

            [Message(7002), Authorize]
            public partial class C2M_Ping : IMessage
            {
                [Field(1), MaxLength(8)] public string Note { get; set; } = "";
            }

            // The old copy's attributes, reached only through the alias: as the generator has always read them, by name.
            [old::EtProtocolGen.Message(7003)]
            public partial class C2M_Legacy
            {
                [old::EtProtocolGen.Field(1), old::EtProtocolGen.MaxLength(4)] public string Name { get; set; } = "";
            }
        }
        """;

    [Fact]
    public async Task A_message_marked_with_another_assembly_s_copy_of_the_attributes_is_generated_and_analyzed()
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(new[] { Protocol }, GeneratorHarness.References.Add(CompileLookalike("old")));

        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(compilation);
        IReadOnlyList<Diagnostic> analyzerDiagnostics = await ProtocolAnalyzers.RunAsync(output);

        Assert.Equal(
            new[] { "Game.Protocol.C2M_Legacy.g.cs", "Game.Protocol.C2M_Ping.g.cs" },
            result.Results[0].GeneratedSources.Select(source => source.HintName).OrderBy(name => name, StringComparer.Ordinal));
        Assert.Equal(
            new[] { "ETP0016 Channel", "ETP0101 Channel", "ETP0101 Text", "ETP0102 C2M_Legacy" },
            analyzerDiagnostics
                .Where(diagnostic => diagnostic.Id is "ETP0016" or "ETP0101" or "ETP0102")
                .Select(diagnostic => diagnostic.Id + " " + diagnostic.GetMessage().Split('\'')[1])
                .OrderBy(text => text, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Two_referenced_assemblies_declaring_MessageAttribute_do_not_switch_the_analyzers_off()
    {
        const string Library = """
            using EtProtocolGen;

            namespace Shared
            {
                [Message(1), Authorize, ResponseType(typeof(M2C_Buy))]
                public partial class C2M_Buy : IRequest
                {
                    [Field(1)] public int RpcId { get; set; }
                }

                [Message(2), Authorize]
                public partial class M2C_Buy : IResponse
                {
                    [Field(1)] public int RpcId { get; set; }
                    [Field(2)] public int Error { get; set; }
                    [Field(3), MaxLength(64)] public string Message { get; set; } = "";
                }
            }
            """;
        const string Server = """
            using System.Threading;
            using System.Threading.Tasks;
            using EtProtocolGen;

            public sealed class Session : IProtocolSession
            {
                public bool IsAuthenticated => true;
                public MessageScope Scope => MessageScope.Outer;
                public bool IsInRole(string role) => false;
            }

            public sealed class M2C_Other : IResponse
            {
                public int RpcId { get; set; }
                public int Error { get; set; }
                public string Message { get; set; } = "";
            }

            public sealed class BuyHandler : IRequestHandler<Session, Shared.C2M_Buy, M2C_Other>
            {
                public ValueTask<M2C_Other> HandleAsync(Session session, Shared.C2M_Buy request, CancellationToken cancellationToken) => default;
            }
            """;
        MetadataReference library = Emit(GeneratorHarness.CreateCompilation(new[] { Library }, assemblyName: "Shared"));
        CSharpCompilation server = GeneratorHarness.CreateCompilation(new[] { Server }, GeneratorHarness.References.Add(library).Add(CompileLookalike(alias: null)), assemblyName: "Server");
        Assert.Empty(server.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        Assert.Null(server.GetTypeByMetadataName("EtProtocolGen.MessageAttribute"));

        IReadOnlyList<Diagnostic> analyzerDiagnostics = await ProtocolAnalyzers.RunAsync(server);

        Assert.Contains(analyzerDiagnostics, diagnostic => diagnostic.Id == "ETP0005" && diagnostic.GetMessage().Contains("handler 'BuyHandler' answers it with 'M2C_Other'"));
    }

    /// <summary>An assembly that declares some of the runtime's attribute names (not its interfaces), referenced under <paramref name="alias"/> or globally.</summary>
    private static MetadataReference CompileLookalike(string? alias)
    {
        CSharpCompilation lookalike = CSharpCompilation.Create(
            "OldRuntime",
            new[] { CSharpSyntaxTree.ParseText(Lookalike) },
            GeneratorHarness.References.Where(reference => reference.Display?.EndsWith("EtProtocolGen.dll", StringComparison.Ordinal) != true),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        MetadataReference reference = Emit(lookalike);
        return alias is null ? reference : reference.WithAliases(new[] { alias });
    }

    private static MetadataReference Emit(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        Assert.True(compilation.Emit(image).Success);
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
