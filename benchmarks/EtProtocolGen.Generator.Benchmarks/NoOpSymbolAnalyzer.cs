using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Generator.Benchmarks
{
    /// <summary>
    /// An analyzer that asks for every type declaration and does nothing with it: what Roslyn's analyzer driver costs
    /// before any analyzer does work (compilation events, symbol callbacks, concurrency). The analyzer benchmark's floor.
    /// </summary>
    /// <remarks>Instantiated by the benchmark only, never loaded by a compiler.</remarks>
#pragma warning disable RS1001 // No [DiagnosticAnalyzer]: the benchmark creates it; nothing should discover it.
    public sealed class NoOpSymbolAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
#pragma warning disable RS2008 // A benchmark's placeholder rule: never shipped, never reported.
        private static readonly DiagnosticDescriptor Never = new DiagnosticDescriptor(
            "BENCH0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
#pragma warning restore RS2008

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType);
        }
    }
}
