using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Analyzers.Tests.Infrastructure
{
    /// <summary>Every analyzer the EtProtocolGen.Analyzers assembly ships, found the way a compiler finds them: by [DiagnosticAnalyzer].</summary>
    internal static class AllAnalyzers
    {
        public static ImmutableArray<DiagnosticAnalyzer> Create() =>
            typeof(ProtocolAnalyzer).Assembly.GetTypes()
                .Where(type => !type.IsAbstract && type.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length > 0)
                .OrderBy(type => type.Name, System.StringComparer.Ordinal)
                .Select(type => (DiagnosticAnalyzer)System.Activator.CreateInstance(type)!)
                .ToImmutableArray();

        /// <summary>Every descriptor of every analyzer, by ID.</summary>
        public static IReadOnlyDictionary<string, DiagnosticDescriptor> Descriptors() =>
            Create().SelectMany(analyzer => analyzer.SupportedDiagnostics).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First());
    }
}
