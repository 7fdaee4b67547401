using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.CodeFixes.Editing;
using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Dispatch.Parsing;
using EtProtocolGen.Generator.Dispatch.Planning;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>
    /// ETP0110, by the kind of problem the analyzer names in <see cref="UnenforceableLimitAnalyzer.FixProperty"/>:
    /// an argument out of range becomes the nearest value dispatch enforces (<c>[RateLimit(0, 60)]</c> becomes
    /// <c>[RateLimit(1, 60)]</c>; a <c>Per</c> keeps the partitions that exist, or goes when none does); a limit on a type nothing
    /// dispatches is removed (it limited nothing); a [ProtocolLimits] AnonymousRequest* value out of range is removed, so the
    /// built-in value that applies already is the one the source shows.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EnforceableLimitCodeFix))]
    [Shared]
    public sealed class EnforceableLimitCodeFix : ProtocolCodeFix
    {
        /// <summary>The equivalence key of "use the nearest enforceable values".</summary>
        public const string UseNearestKey = "ETP0110.UseNearest";

        /// <summary>The equivalence key of "remove the limit nothing reads".</summary>
        public const string RemoveAttributeKey = "ETP0110.RemoveAttribute";

        /// <summary>The equivalence key of "remove the anonymous default's value out of range".</summary>
        public const string RemoveAnonymousValueKey = "ETP0110.RemoveAnonymousValue";

        /// <summary>Creates the fix (MEF creates it in the IDE).</summary>
        public EnforceableLimitCodeFix()
            : base(DiagnosticDescriptors.UnenforceableLimitId)
        {
        }

        /// <inheritdoc />
        private protected override DocumentInput Reads => DocumentInput.SemanticModel;

        /// <inheritdoc />
        private protected override Task RegisterAsync(FixSite site, Diagnostic diagnostic)
        {
            if (site.Root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<AttributeSyntax>() is not { } attribute
                || !diagnostic.Properties.TryGetValue(UnenforceableLimitAnalyzer.FixProperty, out string? fix))
            {
                return Task.CompletedTask;
            }

            SyntaxNode root = site.Root;
            switch (fix)
            {
                case UnenforceableLimitAnalyzer.RemoveAttribute:
                    site.Offer(
                        diagnostic,
                        "Remove [" + attribute.Name + "], which limits nothing on a type no dispatcher reads",
                        RemoveAttributeKey,
                        _ => Task.FromResult(site.Document.WithSyntaxRoot(AttributeEditing.Remove(root, attribute))));
                    break;
                case UnenforceableLimitAnalyzer.UseNearest when UseNearest(attribute, site.Model, site.CancellationToken) is { } nearest:
                    site.Offer(
                        diagnostic,
                        "Use the nearest limit dispatch enforces: [" + nearest.Written + "]",
                        UseNearestKey,
                        _ => Task.FromResult(site.Document.WithSyntaxRoot(root.ReplaceNode(attribute, nearest.Attribute))));
                    break;
                case UnenforceableLimitAnalyzer.RemoveAnonymousValue when RemoveAnonymousValues(attribute, site.Model, site.CancellationToken) is { } kept:
                    site.Offer(
                        diagnostic,
                        "Remove the value out of range: the built-in anonymous default applies",
                        RemoveAnonymousValueKey,
                        _ => Task.FromResult(site.Document.WithSyntaxRoot(root.ReplaceNode(attribute, kept))));
                    break;
            }

            return Task.CompletedTask;
        }

        /// <summary>
        /// The attribute with each argument out of range replaced by the nearest enforceable value, read as the analyzer and the
        /// generator read it (<see cref="LimitReader"/>); null when it is not a limit attribute the reader binds.
        /// </summary>
        private static (AttributeSyntax Attribute, string Written)? UseNearest(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
        {
            if (FindData(attribute, model, cancellationToken) is not { } data)
            {
                return null;
            }

            switch (AttributeNames.Of(data.AttributeClass))
            {
                case AttributeNames.RateLimit when LimitReader.TryReadRate(data, string.Empty) is RateLimitModel rate:
                {
                    int permits = LimitRules.Nearest(rate.Permits, LimitRules.MaxPermits);
                    int perSeconds = LimitRules.Nearest(rate.PerSeconds, LimitRules.MaxPerSeconds);
                    int partitions = LimitRules.NearestPartitions(rate.Partitions, LimitRules.DefaultRatePartitions);
                    AttributeSyntax fixedAttribute = WithPositional(attribute, 0, "permits", rate.Permits, permits);
                    fixedAttribute = WithPositional(fixedAttribute, 1, "perSeconds", rate.PerSeconds, perSeconds);
                    fixedAttribute = WithPer(fixedAttribute, rate.Partitions, partitions, LimitRules.DefaultRatePartitions);
                    return (fixedAttribute, "RateLimit(" + Number(permits) + ", " + Number(perSeconds) + Per(partitions, LimitRules.DefaultRatePartitions) + ")");
                }

                case AttributeNames.MaxConcurrency when LimitReader.TryReadConcurrency(data, string.Empty) is ConcurrencyLimitModel concurrency:
                {
                    int limit = LimitRules.Nearest(concurrency.Limit, LimitRules.MaxConcurrency);
                    int partitions = LimitRules.NearestPartitions(concurrency.Partitions, LimitRules.DefaultConcurrencyPartitions);
                    AttributeSyntax fixedAttribute = WithPositional(attribute, 0, "limit", concurrency.Limit, limit);
                    fixedAttribute = WithPer(fixedAttribute, concurrency.Partitions, partitions, LimitRules.DefaultConcurrencyPartitions);
                    return (fixedAttribute, "MaxConcurrency(" + Number(limit) + Per(partitions, LimitRules.DefaultConcurrencyPartitions) + ")");
                }

                default:
                    return null;
            }
        }

        /// <summary>[ProtocolLimits] without its AnonymousRequest* values out of range (all of them: one edit for every diagnostic on it).</summary>
        private static AttributeSyntax? RemoveAnonymousValues(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
        {
            if (attribute.ArgumentList is not { } list)
            {
                return null;
            }

            // From the end, so that each removal leaves the indexes still to visit in place.
            AttributeArgumentListSyntax kept = list;
            for (int i = list.Arguments.Count - 1; i >= 0; i--)
            {
                AttributeArgumentSyntax argument = list.Arguments[i];
                if (argument.NameEquals is { } name
                    && model.GetConstantValue(argument.Expression, cancellationToken) is { HasValue: true, Value: int value }
                    && value != 0
                    && LimitReader.AnonymousDefaultProblem(name.Name.Identifier.ValueText, value) is not null)
                {
                    kept = RemoveArgument(kept, i);
                }
            }

            if (kept.Arguments.Count == list.Arguments.Count)
            {
                return null;
            }

            return attribute.WithArgumentList(kept.Arguments.Count == 0 ? null : kept);
        }

        /// <summary>
        /// The list without its argument at <paramref name="index"/> and the comma in front of it, so that the line breaks the user
        /// wrote after the other commas stay (the first argument goes with the comma after it, its leading trivia passed on).
        /// </summary>
        private static AttributeArgumentListSyntax RemoveArgument(AttributeArgumentListSyntax list, int index)
        {
            SyntaxNodeOrTokenList items = list.Arguments.GetWithSeparators();
            int node = index * 2;
            if (items.Count == 1)
            {
                return list.WithArguments(default);
            }

            if (index == 0)
            {
                SyntaxTriviaList leading = items[0].GetLeadingTrivia();
                items = items.RemoveAt(1).RemoveAt(0);
                items = items.Replace(items[0], items[0].WithLeadingTrivia(leading));
            }
            else
            {
                items = items.RemoveAt(node).RemoveAt(node - 1);
            }

            return list.WithArguments(SeparatedList<AttributeArgumentSyntax>(items));
        }

        /// <summary>The attribute's data on the symbol it is applied to (a type or the assembly).</summary>
        private static AttributeData? FindData(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
        {
            ISymbol? owner = attribute.Parent?.Parent is TypeDeclarationSyntax type
                ? model.GetDeclaredSymbol(type, cancellationToken)
                : null;
            if (owner is null)
            {
                return null;
            }

            foreach (AttributeData data in owner.GetAttributes())
            {
                if (data.ApplicationSyntaxReference is { } reference
                    && reference.SyntaxTree == attribute.SyntaxTree
                    && reference.Span == attribute.Span)
                {
                    return data;
                }
            }

            return null;
        }

        /// <summary>The constructor argument at <paramref name="index"/> (or named <paramref name="parameter"/>:) set to <paramref name="value"/> when it changes.</summary>
        private static AttributeSyntax WithPositional(AttributeSyntax attribute, int index, string parameter, int written, int value)
        {
            if (written == value || attribute.ArgumentList is not { } list)
            {
                return attribute;
            }

            int position = 0;
            foreach (AttributeArgumentSyntax argument in list.Arguments)
            {
                if (argument.NameEquals is not null)
                {
                    continue;
                }

                if (argument.NameColon is null ? position++ == index : argument.NameColon.Name.Identifier.ValueText == parameter)
                {
                    LiteralExpressionSyntax literal = LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value)).WithTriviaFrom(argument.Expression);
                    return attribute.ReplaceNode(argument, argument.WithExpression(literal));
                }
            }

            return attribute;
        }

        /// <summary><c>Per = ...</c> set to <paramref name="partitions"/> when it changes, or removed when that is the attribute's default.</summary>
        private static AttributeSyntax WithPer(AttributeSyntax attribute, int written, int partitions, int fallback)
        {
            if (written == partitions || attribute.ArgumentList is not { } list
                || UnenforceableLimitAnalyzer.NamedArgument(attribute, "Per") is not { } per)
            {
                return attribute;
            }

            return partitions == fallback
                ? attribute.WithArgumentList(RemoveArgument(list, list.Arguments.IndexOf(per)))
                : attribute.ReplaceNode(per, per.WithExpression(AttributeEditing.Partitions(partitions).WithTriviaFrom(per.Expression)));
        }

        private static string Per(int partitions, int fallback) => partitions == fallback ? "" : ", Per = " + LimitRules.Names(partitions);

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
