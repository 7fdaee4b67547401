using System.Composition;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.Analyzers.Manifest;
using EtProtocolGen.CodeFixes.Manifest;
using Microsoft.CodeAnalysis;
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
    public sealed class UpdateProtocolManifestCodeFix : ProtocolCodeFix
    {
        /// <summary>The equivalence key of the fix.</summary>
        public const string EquivalenceKey = "ETP0201.UpdateProtocolUnshipped";

        /// <summary>Creates the fix (MEF creates it in the IDE).</summary>
        public UpdateProtocolManifestCodeFix()
            : base(DiagnosticDescriptors.ManifestOutOfDateId)
        {
        }

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => ProtocolManifestFixAllProvider.Instance;

        /// <inheritdoc />
        /// <remarks>Offered on additional documents too, whose <see cref="CodeFixContext.Document"/> throws: it reads nothing of the document.</remarks>
        private protected override DocumentInput Reads => DocumentInput.Nothing;

        /// <inheritdoc />
        private protected override Task RegisterAsync(FixSite site, Diagnostic diagnostic)
        {
            Project project = site.TextDocument.Project;
            site.Offer(
                diagnostic,
                "Update " + ManifestFile.UnshippedFileName,
                EquivalenceKey,
                cancellationToken => ProtocolManifestUpdate.ApplyAsync(project.Solution, project.Id, new[] { diagnostic }, cancellationToken));
            return Task.CompletedTask;
        }
    }
}
