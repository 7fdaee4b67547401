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

        /// <summary>
        /// Fix All across documents and projects: <paramref name="template"/> is instantiated three times
        /// (<c>$Name$</c> = Alpha, Beta, Gamma; <c>$Opcode$</c> = 1, 2, 3), Alpha and Beta in two documents of the
        /// first project and Gamma in a second project, each with <paramref name="shared"/>. Fix All must fix
        /// every one in document scope (one document per pass), project scope (one project per pass) and
        /// solution scope (one pass), and give <paramref name="fixedTemplate"/> everywhere.
        /// </summary>
        public static Task FixAllAcrossProjectsAsync<TCodeFix>(string template, string fixedTemplate, string? equivalenceKey, params string[] shared)
            where TCodeFix : CodeFixProvider, new()
        {
            var test = new ProtocolTest<TAnalyzer, TCodeFix>
            {
                CodeActionEquivalenceKey = equivalenceKey,
                NumberOfFixAllInDocumentIterations = 3,
                NumberOfFixAllInProjectIterations = 2,
                NumberOfFixAllIterations = 1,
            };
            test.TestState.Sources.Add(("/0/Alpha.cs", Instantiate(template, "Alpha", 1)));
            test.TestState.Sources.Add(("/0/Beta.cs", Instantiate(template, "Beta", 2)));
            test.TestState.AdditionalProjects["Second"].Sources.Add(("/Second/Gamma.cs", Instantiate(template, "Gamma", 3)));
            test.FixedState.Sources.Add(("/0/Alpha.cs", Instantiate(fixedTemplate, "Alpha", 1)));
            test.FixedState.Sources.Add(("/0/Beta.cs", Instantiate(fixedTemplate, "Beta", 2)));
            test.FixedState.AdditionalProjects["Second"].Sources.Add(("/Second/Gamma.cs", Instantiate(fixedTemplate, "Gamma", 3)));
            for (int i = 0; i < shared.Length; i++)
            {
                test.TestState.Sources.Add(("/0/Shared" + i + ".cs", shared[i]));
                test.FixedState.Sources.Add(("/0/Shared" + i + ".cs", shared[i]));
                test.TestState.AdditionalProjects["Second"].Sources.Add(("/Second/Shared" + i + ".cs", shared[i]));
                test.FixedState.AdditionalProjects["Second"].Sources.Add(("/Second/Shared" + i + ".cs", shared[i]));
            }

            return test.RunAsync();
        }

        public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new DiagnosticResult(descriptor);

        private static string Instantiate(string template, string name, int opcode) =>
            template.Replace("$Name$", name).Replace("$Opcode$", opcode.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
