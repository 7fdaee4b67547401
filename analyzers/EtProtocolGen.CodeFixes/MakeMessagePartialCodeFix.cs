using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>ETP0001: adds <c>partial</c> to every declaration of the message and of its containing types that lacks it, in any file.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeMessagePartialCodeFix))]
    [Shared]
    public sealed class MakeMessagePartialCodeFix : ProtocolCodeFix
    {
        /// <summary>The equivalence key of the fix, the same for every diagnostic so that Fix All applies it.</summary>
        public const string EquivalenceKey = "ETP0001.MakePartial";

        /// <summary>Creates the fix (MEF creates it in the IDE).</summary>
        public MakeMessagePartialCodeFix()
            : base(DiagnosticDescriptors.NonPartialMessageId)
        {
        }

        /// <inheritdoc />
        private protected override DocumentInput Reads => DocumentInput.SemanticModel;

        /// <inheritdoc />
        private protected override Task RegisterAsync(FixSite site, Diagnostic diagnostic)
        {
            if (site.TypeAt(diagnostic) is { } declaration
                && site.Model.GetDeclaredSymbol(declaration, site.CancellationToken) is INamedTypeSymbol message)
            {
                site.Offer(
                    diagnostic,
                    "Make '" + message.Name + "' and its containing types partial",
                    EquivalenceKey,
                    cancellationToken => MakePartialAsync(site.Document.Project.Solution, message, cancellationToken));
            }

            return Task.CompletedTask;
        }

        private static async Task<Solution> MakePartialAsync(Solution solution, INamedTypeSymbol message, CancellationToken cancellationToken)
        {
            var declarations = new List<TypeDeclarationSyntax>();
            for (INamedTypeSymbol? type = message; type is not null; type = type.ContainingType)
            {
                foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
                {
                    if (await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is TypeDeclarationSyntax declaration
                        && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                    {
                        declarations.Add(declaration);
                    }
                }
            }

            foreach (IGrouping<SyntaxTree, TypeDeclarationSyntax> file in declarations.GroupBy(d => d.SyntaxTree))
            {
                Document? document = solution.GetDocument(file.Key);
                if (document is null)
                {
                    continue;
                }

                // 'partial' goes right before the type keyword, where C# requires it, whatever modifiers come before.
                SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                solution = solution.WithDocumentText(document.Id, text.WithChanges(file.Select(declaration => new TextChange(new TextSpan(declaration.Keyword.SpanStart, 0), "partial "))));
            }

            return solution;
        }
    }
}
