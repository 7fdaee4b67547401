using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>
    /// ETP0016: removes the validation attribute that does not apply to its field's type. It checked nothing, so removing it
    /// changes no behaviour; it makes the declaration say what is enforced.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveInapplicableValidationCodeFix))]
    [Shared]
    public sealed class RemoveInapplicableValidationCodeFix : CodeFixProvider
    {
        /// <summary>The equivalence key of the fix.</summary>
        public const string EquivalenceKey = "ETP0016.RemoveAttribute";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.InapplicableValidationId);

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
                if (root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<AttributeSyntax>() is not { } attribute)
                {
                    continue;
                }

                diagnostic.Properties.TryGetValue(UnenforceableValidationAnalyzer.AttributeProperty, out string? name);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Remove [" + name + "], which checks nothing on this type",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(AttributeEditing.Remove(root, attribute))),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
