using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
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
    /// <summary>ETP0106: sets <c>MaxDepth = 16</c> on the recursive message's [Message] attribute.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMaxDepthCodeFix))]
    [Shared]
    public sealed class AddMaxDepthCodeFix : CodeFixProvider
    {
        /// <summary>The equivalence key of the fix.</summary>
        public const string EquivalenceKey = "ETP0106.AddMaxDepth";

        /// <summary>The suggested depth: deep enough for trees a game sends (chat threads, UI layouts, quest graphs), far below the stack limit.</summary>
        public const int SuggestedMaxDepth = 16;

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnboundedRecursionId);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                AttributeSyntax? attribute = AttributeEditing.FindType(root, diagnostic.Location.SourceSpan.Start)?.AttributeLists
                    .SelectMany(list => list.Attributes)
                    .FirstOrDefault(a => AttributeNames.Of(model.GetTypeInfo(a, context.CancellationToken).Type as INamedTypeSymbol) == AttributeNames.Message);
                if (attribute is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Set MaxDepth = " + SuggestedMaxDepth + " on [Message]",
                        cancellationToken => SetMaxDepthAsync(context.Document, attribute, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>
        /// Sets the depth where the user wrote it: an existing <c>MaxDepth = 0</c> (which means "not set") gets the value, else
        /// the argument is appended, so the attribute never names MaxDepth twice (CS0643).
        /// </summary>
        private static async Task<Document> SetMaxDepthAsync(Document document, AttributeSyntax attribute, CancellationToken cancellationToken)
        {
            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            string depth = SuggestedMaxDepth.ToString(CultureInfo.InvariantCulture);
            AttributeArgumentSyntax? existing = attribute.ArgumentList?.Arguments.FirstOrDefault(argument => argument.NameEquals?.Name.Identifier.ValueText == "MaxDepth");
            TextChange change = existing is not null
                ? new TextChange(existing.Expression.Span, depth)
                : attribute.ArgumentList is { } arguments
                    ? new TextChange(new TextSpan(arguments.CloseParenToken.SpanStart, 0), (arguments.Arguments.Count == 0 ? "" : ", ") + "MaxDepth = " + depth)
                    : new TextChange(new TextSpan(attribute.Name.Span.End, 0), "(MaxDepth = " + depth + ")");
            return document.WithText(text.WithChanges(change));
        }
    }
}
