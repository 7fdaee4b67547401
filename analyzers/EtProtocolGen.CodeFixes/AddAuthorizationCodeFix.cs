using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.CodeFixes.Editing;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>ETP0102: two fixes, <c>[Authorize]</c> (an authenticated session) or <c>[AllowAnonymous]</c> (anyone), on the message.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddAuthorizationCodeFix))]
    [Shared]
    public sealed class AddAuthorizationCodeFix : CodeFixProvider
    {
        /// <summary>The equivalence key of the [Authorize] fix.</summary>
        public const string AuthorizeEquivalenceKey = "ETP0102.AddAuthorize";

        /// <summary>The equivalence key of the [AllowAnonymous] fix.</summary>
        public const string AllowAnonymousEquivalenceKey = "ETP0102.AddAllowAnonymous";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.MissingAuthorizationId);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (AttributeEditing.FindType(root, diagnostic.Location.SourceSpan.Start) is not { } declaration)
                {
                    continue;
                }

                Register(context, diagnostic, declaration, AttributeNames.Authorize, "Add [Authorize]: only authenticated sessions may send it", AuthorizeEquivalenceKey);
                Register(context, diagnostic, declaration, AttributeNames.AllowAnonymous, "Add [AllowAnonymous]: any session may send it", AllowAnonymousEquivalenceKey);
            }
        }

        private static void Register(CodeFixContext context, Diagnostic diagnostic, TypeDeclarationSyntax declaration, string attribute, string title, string equivalenceKey) =>
            context.RegisterCodeFix(
                CodeAction.Create(title, cancellationToken => AddAsync(context.Document, declaration, attribute, cancellationToken), equivalenceKey),
                diagnostic);

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
