using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// The severities an .editorconfig gives each file, handed to a compilation the way the compiler
    /// does it (<see cref="AnalyzerConfigSet"/> -> per-tree options), so tests see what a build sees.
    /// </summary>
    internal sealed class EditorConfigSeverities : SyntaxTreeOptionsProvider
    {
        private readonly Dictionary<SyntaxTree, ImmutableDictionary<string, ReportDiagnostic>> byTree = new();

        public EditorConfigSeverities(string editorConfig, string editorConfigPath, IEnumerable<SyntaxTree> trees)
        {
            AnalyzerConfigSet set = AnalyzerConfigSet.Create(new[] { AnalyzerConfig.Parse(editorConfig, editorConfigPath) });
            foreach (SyntaxTree tree in trees)
            {
                byTree[tree] = set.GetOptionsForSourcePath(tree.FilePath).TreeOptions;
            }
        }

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return byTree.TryGetValue(tree, out ImmutableDictionary<string, ReportDiagnostic>? options) && options.TryGetValue(diagnosticId, out severity);
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }

    }
}
