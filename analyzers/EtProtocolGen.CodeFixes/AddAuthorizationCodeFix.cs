using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.CodeFixes.Editing;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>ETP0102: two fixes, <c>[Authorize]</c> (an authenticated session) or <c>[AllowAnonymous]</c> (anyone), on the message.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddAuthorizationCodeFix))]
    [Shared]
    public sealed class AddAuthorizationCodeFix : ProtocolCodeFix
    {
        /// <summary>The equivalence key of the [Authorize] fix.</summary>
        public const string AuthorizeEquivalenceKey = "ETP0102.AddAuthorize";

        /// <summary>The equivalence key of the [AllowAnonymous] fix.</summary>
        public const string AllowAnonymousEquivalenceKey = "ETP0102.AddAllowAnonymous";

        /// <summary>Creates the fix (MEF creates it in the IDE).</summary>
        public AddAuthorizationCodeFix()
            : base(DiagnosticDescriptors.MissingAuthorizationId)
        {
        }

        /// <inheritdoc />
        private protected override Task RegisterAsync(FixSite site, Diagnostic diagnostic)
        {
            if (site.TypeAt(diagnostic) is { } declaration)
            {
                Offer(site, diagnostic, declaration, AttributeNames.Authorize, "Add [Authorize]: only authenticated sessions may send it", AuthorizeEquivalenceKey);
                Offer(site, diagnostic, declaration, AttributeNames.AllowAnonymous, "Add [AllowAnonymous]: any session may send it", AllowAnonymousEquivalenceKey);
            }

            return Task.CompletedTask;
        }

        private static void Offer(FixSite site, Diagnostic diagnostic, TypeDeclarationSyntax declaration, string attribute, string title, string equivalenceKey) =>
            site.Offer(diagnostic, title, equivalenceKey, cancellationToken => AddAsync(site.Document, declaration, attribute, cancellationToken));

        private static async Task<Document> AddAsync(Document document, TypeDeclarationSyntax declaration, string attributeMetadataName, CancellationToken cancellationToken)
        {
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (model is null || TypeNames.Runtime(model.Compilation, attributeMetadataName) is not { } attributeType)
            {
                return document;
            }

            string name = TypeNames.ForAttribute(model, declaration.SpanStart, attributeType);
            DocumentStyle style = DocumentStyle.Of(declaration.SyntaxTree.GetRoot(cancellationToken), declaration);
            return document.WithText(text.WithChanges(SourceEdits.AddAttributeList(declaration, name, style, ownLine: true)));
        }
    }
}
