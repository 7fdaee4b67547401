using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using EtProtocolGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Generator.Tests.Proto;

/// <summary>
/// The security rules of C# messages check the messages of .proto files too, and report at the line of the .proto file the
/// generated declaration is mapped to: an unbounded field (ETP0101), a message without authorization (ETP0102), a secret
/// not marked sensitive (ETP0105), an anonymous request without a rate limit (ETP0109). The annotation each page names
/// silences it. The generated code of C# messages stays unanalyzed.
/// </summary>
public sealed class ProtoSecurityAnalyzerTests
{
    private const string Path = "/project/Proto/Outer_C_100.proto";

    private const string Insecure = """
        syntax = "proto3";
        package ET;

        // ResponseType G2C_Enter
        message C2G_Enter // ISessionRequest
        {
        	int32 RpcId = 1;
        	string Name = 2;
        	string SessionKey = 3; // [etp: max_length = 64]
        	repeated int32 Items = 4; // [etp: max_length = 8]
        }

        message G2C_Enter // ISessionResponse
        {
        	int32 RpcId = 1;
        	int32 Error = 2;
        	string Message = 3; // [etp: max_length = 128]
        }

        // ResponseType G2C_Enter
        message C2G_Guest // ISessionRequest [etp: allow_anonymous]
        {
        	int32 RpcId = 1;
        	int32 Seat = 2; // [etp: range = { min: 1 max: 8 }]
        }
        """;

    private const string Secure = """
        syntax = "proto3";
        package ET;

        // ResponseType G2C_Enter
        message C2G_Enter // ISessionRequest [etp: authorize]
        {
        	int32 RpcId = 1;
        	string Name = 2; // [etp: max_length = 16]
        	string SessionKey = 3; // [etp: max_length = 64, sensitive]
        	repeated int32 Items = 4; // [etp: max_length = 8]
        }

        message G2C_Enter // ISessionResponse
        {
        	int32 RpcId = 1;
        	int32 Error = 2;
        	string Message = 3; // [etp: max_length = 128]
        }

        // ResponseType G2C_Enter
        message C2G_Guest // ISessionRequest [etp: allow_anonymous, rate_limit = { permits: 5 per_seconds: 60 per: CONNECTION }]
        {
        	int32 RpcId = 1;
        	int32 Seat = 2; // [etp: range = { min: 1 max: 8 }]
        }
        """;

    [Fact]
    public async Task Each_rule_reports_at_the_line_of_the_proto_file()
    {
        IReadOnlyList<(string Id, string Path, int Line)> found = await AnalyzeAsync(Insecure);

        Assert.Equal(
            new[]
            {
                ("ETP0101", Path, 8),  // string Name = 2;
                ("ETP0102", Path, 5),  // message C2G_Enter
                ("ETP0105", Path, 9),  // string SessionKey = 3;
                ("ETP0109", Path, 21), // message C2G_Guest
            },
            found.Where(diagnostic => diagnostic.Id.StartsWith("ETP01", StringComparison.Ordinal)).OrderBy(diagnostic => diagnostic.Id, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task The_annotations_the_pages_name_silence_them()
    {
        IReadOnlyList<(string Id, string Path, int Line)> found = await AnalyzeAsync(Secure);

        Assert.Empty(found);
    }

    private static async Task<IReadOnlyList<(string Id, string Path, int Line)>> AnalyzeAsync(string proto)
    {
        var file = new ProtoFile(Path, proto);
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.RunWithProto(GeneratorHarness.CreateCompilation(Array.Empty<string>()), file);
        Assert.Empty(GeneratorHarness.AllDiagnostics(output));
        Assert.All(result.Results, generator => Assert.Null(generator.Exception));

        IReadOnlyList<Diagnostic> diagnostics = await ProtocolAnalyzers.RunAsync(output, ImmutableArray.Create<AdditionalText>(file));
        return diagnostics
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
            .Select(diagnostic =>
            {
                FileLinePositionSpan span = diagnostic.Location.GetMappedLineSpan();
                return (diagnostic.Id, span.Path, span.StartLinePosition.Line + 1);
            })
            .ToList();
    }
}
