using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.CodeFixes.Editing;
using EtProtocolGen.Generator;
using EtProtocolGen.Generator.Dispatch.Planning;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>
    /// ETP0109: declares on the request the limit dispatch applies to it by default
    /// (<c>[RateLimit(10, 10, Per = RateLimitPartition.Connection | RateLimitPartition.RemoteAddress)]</c>, with the values of
    /// the assembly's anonymous default), so that it is visible in review and ready to tune. Written as text in the document's own
    /// layout, like the other fixes that add an attribute.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRateLimitCodeFix))]
    [Shared]
    public sealed class AddRateLimitCodeFix : ProtocolCodeFix
    {
        /// <summary>The equivalence key, one for every request, so that Fix All applies it everywhere.</summary>
        public const string EquivalenceKey = "ETP0109.AddRateLimit";

        /// <summary>Creates the fix (MEF creates it in the IDE).</summary>
        public AddRateLimitCodeFix()
            : base(DiagnosticDescriptors.MissingRateLimitId)
        {
        }

        /// <inheritdoc />
        private protected override Task RegisterAsync(FixSite site, Diagnostic diagnostic)
        {
            if (site.TypeAt(diagnostic) is { } declaration && TryRead(diagnostic, out int permits, out int perSeconds, out int partitions))
            {
                site.Offer(
                    diagnostic,
                    "Declare the anonymous default: [RateLimit(" + Number(permits) + ", " + Number(perSeconds)
                        + (partitions == LimitRules.DefaultRatePartitions ? "" : ", Per = " + LimitRules.Names(partitions)) + ")]",
                    EquivalenceKey,
                    cancellationToken => AddAsync(site.Document, declaration, permits, perSeconds, partitions, cancellationToken));
            }

            return Task.CompletedTask;
        }

        /// <summary>
        /// <c>[RateLimit(...)]</c> written as text in the document's own layout (<see cref="SourceEdits"/>): in a list of its own on
        /// its own line after the other attribute lists; when the user wrote them on the declaration's line, at the end of the last
        /// list instead (<c>[Message(2), AllowAnonymous, RateLimit(...)] class ...</c>), keeping the line. Names are written as the
        /// document's usings allow.
        /// </summary>
        private static async Task<Document> AddAsync(Document document, TypeDeclarationSyntax declaration, int permits, int perSeconds, int partitions, CancellationToken cancellationToken)
        {
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (model is null
                || TypeNames.Runtime(model.Compilation, AttributeNames.RateLimit) is not { } attributeType
                || TypeNames.Runtime(model.Compilation, RuntimeContract.Namespace + ".RateLimitPartition") is not { } partitionType)
            {
                return document;
            }

            string attribute = TypeNames.ForAttribute(model, declaration.SpanStart, attributeType)
                + "(" + Number(permits) + ", " + Number(perSeconds) + Per(model, declaration.SpanStart, partitionType, partitions) + ")";
            AttributeListSyntax? last = declaration.AttributeLists.LastOrDefault();
            TextChange change = last is not null && !DocumentStyle.EndsLine(last.CloseBracketToken)
                ? SourceEdits.AddToAttributeList(last, attribute)
                : SourceEdits.AddAttributeList(declaration, attribute, DocumentStyle.Of(declaration.SyntaxTree.GetRoot(cancellationToken), declaration), ownLine: true);
            return document.WithText(text.WithChanges(change));
        }

        /// <summary><c>, Per = RateLimitPartition.Connection | RateLimitPartition.RemoteAddress</c>, or nothing for the attribute's default.</summary>
        private static string Per(SemanticModel model, int position, INamedTypeSymbol partitionType, int partitions)
        {
            if (partitions == LimitRules.DefaultRatePartitions)
            {
                return "";
            }

            string type = TypeNames.For(model, position, partitionType);
            string[] names = LimitRules.Names(partitions).Split(new[] { " | " }, System.StringSplitOptions.RemoveEmptyEntries);
            return ", Per = " + string.Join(" | ", names.Select(name => type + "." + name));
        }

        private static bool TryRead(Diagnostic diagnostic, out int permits, out int perSeconds, out int partitions)
        {
            permits = perSeconds = partitions = 0;
            return Read(diagnostic, MissingRateLimitAnalyzer.PermitsProperty, out permits)
                && Read(diagnostic, MissingRateLimitAnalyzer.PerSecondsProperty, out perSeconds)
                && Read(diagnostic, MissingRateLimitAnalyzer.PartitionsProperty, out partitions)
                && LimitRules.RateProblem(permits, perSeconds, partitions) is null;
        }

        private static bool Read(Diagnostic diagnostic, string property, out int value)
        {
            value = 0;
            return diagnostic.Properties.TryGetValue(property, out string? text)
                && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
