using System.Composition;
using System.Linq;
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
    /// <summary>
    /// ETP0006 for a class without a parameterless constructor: adds <c>public T() { }</c> before its first constructor,
    /// which the decoder uses to create the message. Not offered for a positional record, whose primary constructor
    /// a parameterless one would have to call with made-up values; nor for the other shapes, which need a design choice.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddParameterlessConstructorCodeFix))]
    [Shared]
    public sealed class AddParameterlessConstructorCodeFix : ProtocolCodeFix
    {
        /// <summary>The equivalence key of the fix.</summary>
        public const string EquivalenceKey = "ETP0006.AddParameterlessConstructor";

        /// <summary>Creates the fix (MEF creates it in the IDE).</summary>
        public AddParameterlessConstructorCodeFix()
            : base(DiagnosticDescriptors.UnsupportedMessageShapeId)
        {
        }

        /// <inheritdoc />
        private protected override Task RegisterAsync(FixSite site, Diagnostic diagnostic)
        {
            if (diagnostic.Properties.TryGetValue(UnsupportedMessageShapeAnalyzer.ProblemProperty, out string? problem)
                && problem == nameof(MessageShapeProblem.NoParameterlessConstructor)
                && site.TypeAt(diagnostic) is { } declaration
                && declaration is not RecordDeclarationSyntax { ParameterList: not null })
            {
                site.Offer(
                    diagnostic,
                    "Add a parameterless constructor to '" + declaration.Identifier.ValueText + "'",
                    EquivalenceKey,
                    cancellationToken => AddConstructorAsync(site.Document, site.Root, declaration, cancellationToken));
            }

            return Task.CompletedTask;
        }

        /// <summary><c>public T() { }</c> before the first constructor (or first in the type), in the document's own layout.</summary>
        private static async Task<Document> AddConstructorAsync(Document document, SyntaxNode root, TypeDeclarationSyntax declaration, CancellationToken cancellationToken)
        {
            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            MemberDeclarationSyntax? firstConstructor = declaration.Members.FirstOrDefault(member => member is ConstructorDeclarationSyntax);
            TextChange change = SourceEdits.AddEmptyMember(
                declaration,
                "public " + declaration.Identifier.ValueText + "()",
                DocumentStyle.Of(root, declaration),
                firstConstructor ?? declaration.Members.FirstOrDefault());
            return document.WithText(text.WithChanges(change));
        }
    }
}
