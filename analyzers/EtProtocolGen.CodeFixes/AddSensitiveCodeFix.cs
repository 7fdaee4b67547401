using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.CodeFixes.Editing;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>ETP0105: adds <c>[Sensitive]</c> to the field, next to its [Field] attribute.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddSensitiveCodeFix))]
    [Shared]
    public sealed class AddSensitiveCodeFix : CodeFixProvider
    {
        /// <summary>The equivalence key of the fix.</summary>
        public const string EquivalenceKey = "ETP0105.AddSensitive";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnmarkedSecretId);

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
                if (AttributeEditing.FindMember(root, diagnostic.Location.SourceSpan.Start) is not { } member)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Add [Sensitive]",
                        cancellationToken => SourceEdits.AddToMemberAsync(context.Document, member, AttributeNames.Sensitive, "", cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
