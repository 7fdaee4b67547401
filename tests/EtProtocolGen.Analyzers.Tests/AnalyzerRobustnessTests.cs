using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
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
    /// <summary>No AD0001, ever: every analyzer runs over <see cref="MessyCorpus"/> the way a build and an editor run it, and none throws.</summary>
    public class AnalyzerRobustnessTests
    {
        [Fact]
        public async Task No_analyzer_throws_on_the_messy_corpus_in_a_whole_compilation_run()
        {
            CSharpCompilation compilation = CreateCompilation();
            Assert.Contains(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);

            var exceptions = new ConcurrentBag<string>();
            CompilationWithAnalyzers analysis = WithAnalyzers(compilation, exceptions);
            ImmutableArray<Diagnostic> diagnostics = await analysis.GetAnalyzerDiagnosticsAsync();

            Assert.Empty(exceptions);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");

            // The corpus holds every mistake the analyzers know, so each of them got far enough to report.
            Assert.Equal(
                AllAnalyzers.Descriptors().Keys.OrderBy(id => id, StringComparer.Ordinal),
                diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
            Assert.DoesNotContain(diagnostics, d => d.Location.SourceTree?.FilePath == "Generated.g.cs");
        }

        [Fact]
        public async Task No_analyzer_throws_on_the_messy_corpus_when_files_are_analyzed_one_at_a_time_as_in_an_editor()
        {
            CSharpCompilation compilation = CreateCompilation();
            var exceptions = new ConcurrentBag<string>();
            CompilationWithAnalyzers analysis = WithAnalyzers(compilation, exceptions);

            var diagnostics = new List<Diagnostic>();
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                diagnostics.AddRange(await analysis.GetAnalyzerSyntaxDiagnosticsAsync(tree, default));
                diagnostics.AddRange(await analysis.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, default));
            }

            Assert.Empty(exceptions);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            Assert.NotEmpty(diagnostics);
        }

        private static CSharpCompilation CreateCompilation()
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            IEnumerable<SyntaxTree> trees = MessyCorpus.Files().Select(file => CSharpSyntaxTree.ParseText(file.Source, parseOptions, file.Path));
            return CSharpCompilation.Create(
                "Messy",
                trees,
                TestReferences.Framework.Add(TestReferences.Runtime),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        }

        private static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ConcurrentBag<string> exceptions) =>
            compilation.WithAnalyzers(
                AllAnalyzers.Create(),
                new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(MessyCorpus.AdditionalFiles().AddRange(MessyCorpus.ProtoFiles())),
                    onAnalyzerException: (exception, analyzer, _) => exceptions.Add(analyzer.GetType().Name + ": " + exception),
                    concurrentAnalysis: true,
                    logAnalyzerExecutionTime: false));
    }
}
