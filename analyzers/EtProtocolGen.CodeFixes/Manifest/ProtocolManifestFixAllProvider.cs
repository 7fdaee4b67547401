using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Manifest;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EtProtocolGen.CodeFixes.Manifest
{
    /// <summary>
    /// Fix All for ETP0201: every diagnostic of the scope goes into one rewrite of each project's Protocol.Unshipped.txt
    /// (the batch fixer would merge text edits of one file from separate fixes, which a rewritten file does not allow).
    /// </summary>
    internal sealed class ProtocolManifestFixAllProvider : FixAllProvider
    {
        public static ProtocolManifestFixAllProvider Instance { get; } = new ProtocolManifestFixAllProvider();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var work = new List<(ProjectId Project, ImmutableArray<Diagnostic> Diagnostics)>();
            switch (fixAllContext.Scope)
            {
                case FixAllScope.Document when fixAllContext.Document is not null:
                    work.Add((fixAllContext.Project.Id, await fixAllContext.GetDocumentDiagnosticsAsync(fixAllContext.Document).ConfigureAwait(false)));
                    break;
                case FixAllScope.Document:
                case FixAllScope.Project:
                    work.Add((fixAllContext.Project.Id, await fixAllContext.GetAllDiagnosticsAsync(fixAllContext.Project).ConfigureAwait(false)));
                    break;
                case FixAllScope.Solution:
                    foreach (Project project in fixAllContext.Solution.Projects)
                    {
                        work.Add((project.Id, await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false)));
                    }

                    break;
                default:
                    return null;
            }

            return CodeAction.Create(
                "Update " + ManifestFile.UnshippedFileName,
                async cancellationToken =>
                {
                    Solution solution = fixAllContext.Solution;
                    foreach ((ProjectId project, ImmutableArray<Diagnostic> diagnostics) in work)
                    {
                        solution = await ProtocolManifestUpdate.ApplyAsync(solution, project, diagnostics, cancellationToken).ConfigureAwait(false);
                    }

                    return solution;
                },
                UpdateProtocolManifestCodeFix.EquivalenceKey);
        }
    }
}
