using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Generator.Tests.Infrastructure;

/// <summary>Runs every analyzer of EtProtocolGen.Analyzers over a compilation, as the build does next to the generator.</summary>
internal static class ProtocolAnalyzers
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> All = typeof(NonPartialMessageAnalyzer).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    public static async Task<IReadOnlyList<Diagnostic>> RunAsync(Compilation compilation) =>
        await compilation.WithAnalyzers(All).GetAnalyzerDiagnosticsAsync();

    /// <summary>With <paramref name="additionalFiles"/> (.proto files) as the build passes them.</summary>
    public static async Task<IReadOnlyList<Diagnostic>> RunAsync(Compilation compilation, ImmutableArray<AdditionalText> additionalFiles) =>
        await compilation.WithAnalyzers(All, new AnalyzerOptions(additionalFiles)).GetAnalyzerDiagnosticsAsync();
}
