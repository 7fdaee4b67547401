using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace EtProtocolGen.Analyzers.Tests
{
    /// <summary>
    /// Severities change in .editorconfig per ID, as for any analyzer and as docs/diagnostics describes.
    /// The compilation gets the .editorconfig the way the compiler applies it to each file.
    /// </summary>
    public class SeverityConfigurationTests
    {
        private const string UnboundedChat = """
            using EtProtocolGen;

            [Message(1), Authorize]
            public partial class C2M_Chat : IMessage
            {
                [Field(1)] public string Text { get; set; } = "";
            }
            """;

        private const string RecursiveNode = """
            using System.Collections.Generic;
            using EtProtocolGen;

            [Message(2), Authorize]
            public partial class TreeNode : IMessage
            {
                [Field(1), MaxLength(8)] public List<TreeNode> Children { get; set; } = new();
            }
            """;

        [Fact]
        public async Task Without_configuration_the_default_severities_apply() =>
            Assert.Equal(
                new[] { ("ETP0101", DiagnosticSeverity.Warning), ("ETP0106", DiagnosticSeverity.Warning) },
                await RunAsync(editorConfig: null));

        [Fact]
        public async Task One_ID_raised_to_error_and_another_to_warning() =>
            Assert.Equal(
                new[] { ("ETP0101", DiagnosticSeverity.Error), ("ETP0106", DiagnosticSeverity.Info) },
                await RunAsync("""
                    root = true

                    [*.cs]
                    dotnet_diagnostic.ETP0101.severity = error
                    dotnet_diagnostic.ETP0106.severity = suggestion
                    """));

        [Fact]
        public async Task One_ID_turned_off_leaves_the_others() =>
            Assert.Equal(
                new[] { ("ETP0106", DiagnosticSeverity.Warning) },
                await RunAsync("""
                    root = true

                    [*.cs]
                    dotnet_diagnostic.ETP0101.severity = none
                    """));

        [Fact]
        public async Task A_section_applies_only_to_the_files_it_matches() =>
            Assert.Equal(
                new[] { ("ETP0101", DiagnosticSeverity.Warning), ("ETP0106", DiagnosticSeverity.Error) },
                await RunAsync("""
                    root = true

                    [Protocol/Node.cs]
                    dotnet_diagnostic.ETP0101.severity = error
                    dotnet_diagnostic.ETP0106.severity = error
                    """));

        /// <summary>The (ID, effective severity) of every analyzer diagnostic, in ID order.</summary>
        private static async Task<(string, DiagnosticSeverity)[]> RunAsync(string? editorConfig)
        {
            SyntaxTree[] trees =
            {
                CSharpSyntaxTree.ParseText(UnboundedChat, path: "/src/Protocol/Chat.cs"),
                CSharpSyntaxTree.ParseText(RecursiveNode, path: "/src/Protocol/Node.cs"),
            };
            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary);
            if (editorConfig is not null)
            {
                options = options.WithSyntaxTreeOptionsProvider(new EditorConfigSeverities(editorConfig, "/src/.editorconfig", trees));
            }

            CSharpCompilation compilation = CSharpCompilation.Create("Config", trees, TestReferences.Framework.Add(TestReferences.Runtime), options);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            ImmutableArray<Diagnostic> diagnostics = await compilation
                .WithAnalyzers(AllAnalyzers.Create(), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty))
                .GetAnalyzerDiagnosticsAsync();
            return diagnostics.OrderBy(d => d.Id, System.StringComparer.Ordinal).Select(d => (d.Id, d.Severity)).ToArray();
        }
    }
}
