using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.CodeFixes.Editing;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>
    /// ETP0103: adds an empty <c>OnValidate</c> hook to the message (the diagnostic's additional
    /// location), for the developer to fill in. The generated <c>Validate()</c> calls it before the
    /// handler runs.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddValidationHookCodeFix))]
    [Shared]
    public sealed class AddValidationHookCodeFix : ProtocolCodeFix
    {
        /// <summary>The equivalence key of the fix.</summary>
        public const string EquivalenceKey = "ETP0103.AddValidationHook";

        /// <summary>Creates the fix (MEF creates it in the IDE).</summary>
        public AddValidationHookCodeFix()
            : base(DiagnosticDescriptors.UnvalidatedHandlerId)
        {
        }

        /// <inheritdoc />
        private protected override DocumentInput Reads => DocumentInput.Nothing;

        /// <inheritdoc />
        private protected override Task RegisterAsync(FixSite site, Diagnostic diagnostic)
        {
            if (diagnostic.AdditionalLocations.Count > 0
                && diagnostic.AdditionalLocations[0] is { IsInSource: true } messageLocation
                && site.Document.Project.Solution.GetDocument(messageLocation.SourceTree) is { } messageDocument)
            {
                site.Offer(
                    diagnostic,
                    "Add an OnValidate hook to the message",
                    EquivalenceKey,
                    cancellationToken => AddHookAsync(messageDocument, messageLocation, cancellationToken));
            }

            return Task.CompletedTask;
        }

        private static async Task<Solution> AddHookAsync(Document document, Location messageLocation, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null
                || model is null
                || TypeNames.Runtime(model.Compilation, RuntimeTypes.MetadataName("ValidationResult")) is not { } validationResult
                || AttributeEditing.FindType(root, messageLocation.SourceSpan.Start) is not { } message)
            {
                return document.Project.Solution;
            }

            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            string signature = "partial void " + UnvalidatedHandlerAnalyzer.ValidationHookName + "(ref " + TypeNames.For(model, message.OpenBraceToken.Span.End, validationResult) + " result)";
            TextChange change = SourceEdits.AddEmptyMember(message, signature, DocumentStyle.Of(root, message));
            return document.WithText(text.WithChanges(change)).Project.Solution;
        }
    }
}
