using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.CodeFixes.Editing;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>ETP0106: adds <c>MaxDepth = 16</c> to the recursive message's [Message] attribute.</summary>
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
                        "Add MaxDepth = " + SuggestedMaxDepth + " to [Message]",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(attribute, AddMaxDepth(attribute)))),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static AttributeSyntax AddMaxDepth(AttributeSyntax attribute)
        {
            AttributeArgumentSyntax maxDepth = AttributeArgument(
                NameEquals(IdentifierName("MaxDepth")),
                nameColon: null,
                LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(SuggestedMaxDepth)));
            return attribute.WithArgumentList((attribute.ArgumentList ?? AttributeArgumentList()).AddArguments(maxDepth));
        }
    }
}
