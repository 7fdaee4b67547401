using System.Composition;
using System.Globalization;
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
    /// <summary>ETP0106: sets <c>MaxDepth = 16</c> on the recursive message's [Message] attribute.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMaxDepthCodeFix))]
    [Shared]
    public sealed class AddMaxDepthCodeFix : ProtocolCodeFix
    {
        /// <summary>The equivalence key of the fix.</summary>
        public const string EquivalenceKey = "ETP0106.AddMaxDepth";

        /// <summary>The suggested depth: deep enough for trees a game sends (chat threads, UI layouts, quest graphs), far below the stack limit.</summary>
        public const int SuggestedMaxDepth = 16;

        /// <summary>Creates the fix (MEF creates it in the IDE).</summary>
        public AddMaxDepthCodeFix()
            : base(DiagnosticDescriptors.UnboundedRecursionId)
        {
        }

        /// <inheritdoc />
        private protected override DocumentInput Reads => DocumentInput.SemanticModel;

        /// <inheritdoc />
        private protected override Task RegisterAsync(FixSite site, Diagnostic diagnostic)
        {
            AttributeSyntax? attribute = site.TypeAt(diagnostic)?.AttributeLists
                .SelectMany(list => list.Attributes)
                .FirstOrDefault(a => AttributeNames.Of(site.Model.GetTypeInfo(a, site.CancellationToken).Type as INamedTypeSymbol) == AttributeNames.Message);
            if (attribute is not null)
            {
                site.Offer(
                    diagnostic,
                    "Set MaxDepth = " + SuggestedMaxDepth + " on [Message]",
                    EquivalenceKey,
                    cancellationToken => SetMaxDepthAsync(site.Document, attribute, cancellationToken));
            }

            return Task.CompletedTask;
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
