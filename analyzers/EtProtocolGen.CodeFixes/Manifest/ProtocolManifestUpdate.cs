using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.Analyzers.Manifest;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EtProtocolGen.CodeFixes.Manifest
{
    /// <summary>
    /// Rewrites a project's Protocol.Unshipped.txt so that the entities named by ETP0201 diagnostics match the code, with the
    /// analyzers' <see cref="ManifestSet.UpdateUnshipped"/> (the same update <c>etprotocolgen manifest</c> makes). Creates the
    /// file next to Protocol.Shipped.txt when the project has none. Protocol.Shipped.txt is never touched: accepting a
    /// breaking or security-relevant change stays a deliberate edit.
    /// </summary>
    internal static class ProtocolManifestUpdate
    {
        public static async Task<Solution> ApplyAsync(Solution solution, ProjectId projectId, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            Project? project = solution.GetProject(projectId);
            var update = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (diagnostic.Id == DiagnosticDescriptors.ManifestOutOfDateId
                    && diagnostic.Properties.TryGetValue(ProtocolManifestAnalyzer.EntityProperty, out string? entity) && entity is not null
                    && diagnostic.Properties.TryGetValue(ProtocolManifestAnalyzer.LinesProperty, out string? lines))
                {
                    update[entity] = string.IsNullOrEmpty(lines) ? Array.Empty<string>() : lines!.Split('\n');
                }
            }

            if (project is null || update.Count == 0)
            {
                return solution;
            }

            TextDocument? shipped = Find(project, ManifestFile.IsShipped);
            TextDocument? unshipped = Find(project, ManifestFile.IsUnshipped);
            SourceText? shippedText = shipped is null ? null : await shipped.GetTextAsync(cancellationToken).ConfigureAwait(false);
            SourceText? unshippedText = unshipped is null ? null : await unshipped.GetTextAsync(cancellationToken).ConfigureAwait(false);
            ManifestFile unshippedFile = unshippedText is null ? ManifestFile.Empty(ManifestFile.UnshippedFileName) : ManifestFile.Parse(PathOf(unshipped!), unshippedText.ToString());
            var set = new ManifestSet(
                shippedText is null ? ManifestFile.Empty(ManifestFile.ShippedFileName) : ManifestFile.Parse(PathOf(shipped!), shippedText.ToString()),
                unshippedFile);

            string newLine = (unshippedText ?? shippedText)?.ToString().Contains("\r\n") == true ? "\r\n" : "\n";
            string text = ManifestFile.Format(unshipped is null ? ManifestFile.NewHeader(shipped: false) : unshippedFile.Header, set.UpdateUnshipped(update), newLine);
            if (unshipped is not null)
            {
                return solution.WithAdditionalDocumentText(unshipped.Id, SourceText.From(text, unshippedText!.Encoding));
            }

            string? directory = shipped?.FilePath is { } shippedPath ? System.IO.Path.GetDirectoryName(shippedPath)
                : project.FilePath is { } projectPath ? System.IO.Path.GetDirectoryName(projectPath)
                : null;
            return project.AddAdditionalDocument(
                ManifestFile.UnshippedFileName,
                SourceText.From(text),
                filePath: directory is null ? null : System.IO.Path.Combine(directory, ManifestFile.UnshippedFileName)).Project.Solution;
        }

        private static TextDocument? Find(Project project, Func<string, bool> isManifest) =>
            project.AdditionalDocuments.FirstOrDefault(document => isManifest(PathOf(document)));

        private static string PathOf(TextDocument document) => document.FilePath ?? document.Name;
    }
}
