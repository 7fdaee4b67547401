using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.CodeFixes.Editing;
using EtProtocolGen.Generator;
using EtProtocolGen.Generator.Dispatch.Planning;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>
    /// ETP0109: declares on the request the limit dispatch applies to it by default
    /// (<c>[RateLimit(10, 10, Per = RateLimitPartition.Connection | RateLimitPartition.RemoteAddress)]</c>, with the values of
    /// the assembly's anonymous default), so that it is visible in review and ready to tune.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRateLimitCodeFix))]
    [Shared]
    public sealed class AddRateLimitCodeFix : CodeFixProvider
    {
        /// <summary>The equivalence key, one for every request, so that Fix All applies it everywhere.</summary>
        public const string EquivalenceKey = "ETP0109.AddRateLimit";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.MissingRateLimitId);

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
                if (AttributeEditing.FindType(root, diagnostic.Location.SourceSpan.Start) is not { } declaration
                    || !TryRead(diagnostic, out int permits, out int perSeconds, out int partitions))
                {
                    continue;
                }

                AttributeSyntax attribute = RateLimit(permits, perSeconds, partitions);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Declare the anonymous default: [RateLimit(" + permits.ToString(CultureInfo.InvariantCulture) + ", " + perSeconds.ToString(CultureInfo.InvariantCulture)
                            + (partitions == LimitRules.DefaultRatePartitions ? "" : ", Per = " + LimitRules.Names(partitions)) + ")]",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(declaration, Add(declaration, attribute)))),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>
        /// In a list of its own on its own line after the other attribute lists; when the user wrote them on the declaration's
        /// line, at the end of the last list instead (<c>[Message(2), AllowAnonymous, RateLimit(...)] class ...</c>), keeping the line.
        /// </summary>
        private static TypeDeclarationSyntax Add(TypeDeclarationSyntax declaration, AttributeSyntax attribute)
        {
            AttributeListSyntax? last = declaration.AttributeLists.LastOrDefault();
            if (last is null || last.GetTrailingTrivia().Any(static trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia)))
            {
                return AttributeEditing.AddList(declaration, attribute);
            }

            return declaration.ReplaceNode(last, last.AddAttributes(attribute));
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

        /// <summary><c>[RateLimit(permits, perSeconds, Per = ...)]</c>, with <c>Per</c> left out when it is the attribute's default.</summary>
        private static AttributeSyntax RateLimit(int permits, int perSeconds, int partitions)
        {
            var arguments = new List<AttributeArgumentSyntax>
            {
                AttributeArgument(Number(permits)),
                AttributeArgument(Number(perSeconds)),
            };
            if (partitions != LimitRules.DefaultRatePartitions)
            {
                arguments.Add(AttributeArgument(AttributeEditing.Partitions(partitions)).WithNameEquals(NameEquals(IdentifierName("Per"))));
            }

            return AttributeEditing.Attribute(AttributeNames.RateLimit, arguments.ToArray());
        }

        private static LiteralExpressionSyntax Number(int value) =>
            LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));
    }
}
