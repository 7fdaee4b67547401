using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace EtProtocolGen.Analyzers.Tests.Infrastructure
{
    /// <summary>Short forms of <see cref="ProtocolTest{TAnalyzer, TCodeFix}"/> for the common cases.</summary>
    internal static class Verify<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        /// <summary>Checks that the analyzer reports exactly the diagnostics marked in the sources (one source per file).</summary>
        public static Task DiagnosticsAsync(params string[] sources)
        {
            var test = new ProtocolTest<TAnalyzer, EmptyCodeFixProvider>();
            foreach (string source in sources)
            {
                test.TestState.Sources.Add(source);
            }

            return test.RunAsync();
        }

        /// <summary>Checks the marked diagnostics plus explicitly described ones (for messages and arguments).</summary>
        public static Task DiagnosticsAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new ProtocolTest<TAnalyzer, EmptyCodeFixProvider> { TestCode = source };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        /// <summary>Checks the marked diagnostics in several files plus explicitly described ones (spans without a path are in the first file).</summary>
        public static Task DiagnosticsAsync(string[] sources, params DiagnosticResult[] expected)
        {
            var test = new ProtocolTest<TAnalyzer, EmptyCodeFixProvider>();
            foreach (string source in sources)
            {
                test.TestState.Sources.Add(source);
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        /// <summary>
        /// Applies <typeparamref name="TCodeFix"/> (the action with <paramref name="equivalenceKey"/>, or the first) to every
        /// marked diagnostic, one at a time and with Fix All in each scope, and compares with <paramref name="fixedSource"/>.
        /// </summary>
        public static Task FixAsync<TCodeFix>(string source, string fixedSource, string? equivalenceKey = null)
            where TCodeFix : CodeFixProvider, new() =>
            new ProtocolTest<TAnalyzer, TCodeFix>
            {
                TestCode = source,
                FixedCode = fixedSource,
                CodeActionEquivalenceKey = equivalenceKey,
            }.RunAsync();

        /// <summary>As <see cref="FixAsync{TCodeFix}(string, string, string?)"/> over several files.</summary>
        public static Task FixAsync<TCodeFix>(string[] sources, string[] fixedSources, string? equivalenceKey = null)
            where TCodeFix : CodeFixProvider, new()
        {
            var test = new ProtocolTest<TAnalyzer, TCodeFix> { CodeActionEquivalenceKey = equivalenceKey };
            foreach (string source in sources)
            {
                test.TestState.Sources.Add(source);
            }

            foreach (string source in fixedSources)
            {
                test.FixedState.Sources.Add(source);
            }

            return test.RunAsync();
        }

        public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new DiagnosticResult(descriptor);
    }
}
