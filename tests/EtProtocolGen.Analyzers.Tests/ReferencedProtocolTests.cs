using System.Collections.Immutable;
using System.IO;
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
    /// Messages usually live in a shared protocol assembly that the server references as a compiled dll:
    /// the analyzers see them through metadata, with no syntax and without private members such as the OnValidate hook.
    /// ETP0103 must not report a handler for a hook it cannot see.
    /// </summary>
    public class ReferencedProtocolTests
    {
        private const string Handler = """
            using System.Threading;
            using System.Threading.Tasks;
            using EtProtocolGen;

            public sealed class Session : IProtocolSession
            {
                public bool IsAuthenticated => true;
                public MessageScope Scope => MessageScope.Outer;
                public bool IsInRole(string role) => false;
            }

            public sealed class MoveHandler : IMessageHandler<Session, Shared.C2M_Move>
            {
                public ValueTask HandleAsync(Session session, Shared.C2M_Move message, CancellationToken cancellationToken) => default;
            }
            """;

        [Fact]
        public async Task A_hook_implemented_in_a_referenced_assembly_counts_as_validation() =>
            Assert.Empty(await AnalyzeHandlerOfAsync("""
                partial void OnValidate(ref ValidationResult result)
                {
                    if (X > 1000) { result = ValidationResult.Fail(nameof(X), "Range"); }
                }

                partial void OnValidate(ref ValidationResult result);
                """));

        [Fact]
        public async Task The_same_message_in_source_without_the_hook_is_reported() =>
            Assert.Equal(new[] { "ETP0103" }, await AnalyzeHandlerOfAsync("partial void OnValidate(ref ValidationResult result);", inSource: true));

        [Fact]
        public async Task The_same_message_in_source_with_the_hook_is_not_reported() =>
            Assert.Empty(await AnalyzeHandlerOfAsync(
                "partial void OnValidate(ref ValidationResult result) { } partial void OnValidate(ref ValidationResult result);",
                inSource: true));

        /// <summary>Compiles C2M_Move with <paramref name="hook"/> into a dll and analyzes a handler that references it (or, <paramref name="inSource"/>, that declares it).</summary>
        private static async Task<string[]> AnalyzeHandlerOfAsync(string hook, bool inSource = false)
        {
            string protocol = """
                using EtProtocolGen;

                namespace Shared
                {
                    [Message(1), Authorize]
                    public partial class C2M_Move : IMessage
                    {
                        [Field(1)] public int X { get; set; }

                        HOOK
                    }
                }
                """.Replace("HOOK", hook);
            var library = CSharpCompilation.Create(
                "Shared",
                new[] { CSharpSyntaxTree.ParseText(protocol) },
                TestReferences.Framework.Add(TestReferences.Runtime),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var image = new MemoryStream();
            Assert.True(library.Emit(image).Success);

            CSharpCompilation server = inSource
                ? CSharpCompilation.Create(
                    "Server",
                    new[] { CSharpSyntaxTree.ParseText(Handler), CSharpSyntaxTree.ParseText(protocol) },
                    TestReferences.Framework.Add(TestReferences.Runtime),
                    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
                : CSharpCompilation.Create(
                "Server",
                new[] { CSharpSyntaxTree.ParseText(Handler) },
                TestReferences.Framework.Add(TestReferences.Runtime).Add(MetadataReference.CreateFromImage(image.ToArray())),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            Assert.Empty(server.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            ImmutableArray<Diagnostic> diagnostics = await server
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new UnvalidatedHandlerAnalyzer()))
                .GetAnalyzerDiagnosticsAsync();
            return diagnostics.Select(d => d.Id).ToArray();
        }
    }
}
