using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using EtProtocolGen.Analyzers;
using EtProtocolGen.Benchmarks.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace EtProtocolGen.Generator.Benchmarks
{
    /// <summary>
    /// Every EtProtocolGen analyzer over a 2,000-message project (with the generated files, as in a build), next to
    /// the compiler's own diagnostics for the same fresh compilation and to the compiler with <see cref="NoOpSymbolAnalyzer"/>
    /// (what running any analyzer at all costs): the difference to the latter is what our analyzers' work adds.
    /// Setup prints each analyzer's share and fails on any analyzer exception (AD0001).
    /// </summary>
    [MemoryDiagnoser]
    public class AnalyzerBenchmarks
    {
        private static bool s_sharesReported;
        private Compilation _compilation = null!;
        private ImmutableArray<DiagnosticAnalyzer> _analyzers;

        [ParamsSource(nameof(MessageCounts))]
        public int Messages { get; set; }

        /// <summary>The 2,000-message project of issue 4; the quick mode checks the same path on 100.</summary>
        public static int[] MessageCounts => BenchmarkEntryPoint.IsQuick ? new[] { 100 } : new[] { 2_000 };

        [GlobalSetup]
        public async Task Setup()
        {
            Compilation project = SyntheticProject.Create(Messages).Compilation;
            Generators.CreateDriver().RunGeneratorsAndUpdateCompilation(project, out _compilation, out _);
            _analyzers = typeof(ProtocolAnalyzer).Assembly.GetTypes()
                .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                    && type.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length != 0)
                .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
                .ToImmutableArray();
            if (!s_sharesReported)
            {
                // Once per process: the in-process quick mode runs this setup for each benchmark.
                s_sharesReported = true;
                await ReportAnalyzerShares();
            }
        }

        [Benchmark(Baseline = true)]
        public int CompilerOnly() => _compilation.Clone().GetDiagnostics().Length;

        [Benchmark]
        public int CompilerAndNoOpAnalyzer() => WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpSymbolAnalyzer()), logTime: false)
            .GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;

        [Benchmark]
        public int CompilerAndAnalyzers() => WithAnalyzers(_analyzers, logTime: false).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;

        private CompilationWithAnalyzers WithAnalyzers(ImmutableArray<DiagnosticAnalyzer> analyzers, bool logTime, Action<Exception, DiagnosticAnalyzer, Diagnostic>? onException = null) =>
            _compilation.Clone().WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                    onException,
                    concurrentAnalysis: true,
                    logAnalyzerExecutionTime: logTime));

        private async Task ReportAnalyzerShares()
        {
            Exception? failure = null;
            CompilationWithAnalyzers timed = WithAnalyzers(_analyzers, logTime: true, (exception, analyzer, _) => failure ??= new InvalidOperationException(analyzer.GetType().Name + " threw (AD0001).", exception));
            ImmutableArray<Diagnostic> diagnostics = await timed.GetAnalyzerDiagnosticsAsync();
            if (failure is not null)
            {
                throw failure;
            }

            Console.WriteLine("// " + _analyzers.Length + " analyzers over " + _compilation.SyntaxTrees.Count() + " files reported: "
                + (diagnostics.IsEmpty ? "nothing" : string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => g.Key + " x" + g.Count()))));
            foreach (DiagnosticAnalyzer analyzer in _analyzers)
            {
                AnalyzerTelemetryInfo info = await timed.GetAnalyzerTelemetryInfoAsync(analyzer, default);
                Console.WriteLine("//   " + analyzer.GetType().Name + ": " + info.ExecutionTime.TotalMilliseconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " ms");
            }
        }
    }
}
