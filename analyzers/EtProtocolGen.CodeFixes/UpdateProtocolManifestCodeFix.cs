using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.Analyzers.Manifest;
using EtProtocolGen.CodeFixes.Manifest;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>
    /// ETP0201: records the message, handler or assembly limits as they are now in Protocol.Unshipped.txt (lines Shipped lacks,
    /// and *REMOVED* for shipped lines the code no longer has). Fix All writes the file once per project. Offered in the code
    /// and, for an entity the code no longer declares, on its line of the manifest (where IDEs fix additional documents).
    /// </summary>
    [ExportCodeFixProvider(
        LanguageNames.CSharp,
        Name = nameof(UpdateProtocolManifestCodeFix),
        DocumentKinds = new[] { nameof(TextDocumentKind.Document), nameof(TextDocumentKind.AdditionalDocument) },
        DocumentExtensions = new[] { ".txt" })]
    [Shared]
    public sealed class UpdateProtocolManifestCodeFix : CodeFixProvider
    {
        /// <summary>The equivalence key of the fix.</summary>
        public const string EquivalenceKey = "ETP0201.UpdateProtocolUnshipped";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ManifestOutOfDateId);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => ProtocolManifestFixAllProvider.Instance;

        /// <inheritdoc />
        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            Project project = context.TextDocument.Project;
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Update " + ManifestFile.UnshippedFileName,
                        cancellationToken => ProtocolManifestUpdate.ApplyAsync(project.Solution, project.Id, new[] { diagnostic }, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }

            return Task.CompletedTask;
        }
    }
}
