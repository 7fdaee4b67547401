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
    /// ETP0112, where the fix is obvious: removes a <c>Direction</c> from an inner message, and declares on a response that
    /// declares none the way back of its request (<c>Direction = MessageDirection.ClientToServer</c> for the response of a
    /// request the server sends). A declaration its name contradicts gets no fix: only the author knows which side is wrong.
    /// Both edit the attribute's text in place, so the document keeps its layout.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DirectionConflictCodeFix))]
    [Shared]
    public sealed class DirectionConflictCodeFix : ProtocolCodeFix
    {
        /// <summary>The equivalence key of removing a Direction from an inner message.</summary>
        public const string RemoveEquivalenceKey = "ETP0112.RemoveDirection";

        /// <summary>The equivalence key of declaring a response's direction.</summary>
        public const string DeclareEquivalenceKey = "ETP0112.DeclareResponseDirection";

        /// <summary>Creates the fix (MEF creates it in the IDE).</summary>
        public DirectionConflictCodeFix()
            : base(DiagnosticDescriptors.DirectionConflictId)
        {
        }

        /// <inheritdoc />
        private protected override Task RegisterAsync(FixSite site, Diagnostic diagnostic)
        {
            diagnostic.Properties.TryGetValue(DirectionConflictAnalyzer.FixProperty, out string? fix);
            SyntaxNode node = site.Root.FindNode(diagnostic.Location.SourceSpan);
            if (fix == DirectionConflictAnalyzer.RemoveDirection && node.FirstAncestorOrSelf<AttributeArgumentSyntax>() is { Parent: AttributeArgumentListSyntax } argument)
            {
                site.Offer(
                    diagnostic,
                    "Remove the Direction: an inner message travels between servers",
                    RemoveEquivalenceKey,
                    _ => Task.FromResult(site.Document.WithText(site.Root.GetText().WithChanges(Remove(argument)))));
            }
            else if (fix == DirectionConflictAnalyzer.DeclareOnResponse
                && diagnostic.Properties.TryGetValue(DirectionConflictAnalyzer.DirectionProperty, out string? direction)
                && direction is not null
                && node.DescendantNodesAndSelf().OfType<TypeOfExpressionSyntax>().FirstOrDefault() is { } typeOf)
            {
                site.Offer(
                    diagnostic,
                    "Declare Direction = " + direction + " on the response",
                    DeclareEquivalenceKey,
                    cancellationToken => DeclareAsync(site.Document, typeOf, direction, cancellationToken));
            }

            return Task.CompletedTask;
        }

        /// <summary>
        /// The argument with the comma that joins it to its neighbour: from the end of the argument before it (so the space
        /// that followed that argument stays), else up to the argument after it.
        /// </summary>
        private static TextChange Remove(AttributeArgumentSyntax argument)
        {
            var list = (AttributeArgumentListSyntax)argument.Parent!;
            int index = list.Arguments.IndexOf(argument);
            TextSpan span = index > 0
                ? TextSpan.FromBounds(list.Arguments[index - 1].Span.End, argument.Span.End)
                : index + 1 < list.Arguments.Count
                    ? TextSpan.FromBounds(argument.SpanStart, list.Arguments[index + 1].SpanStart)
                    : argument.Span;
            return new TextChange(span, string.Empty);
        }

        /// <summary>Adds <c>Direction = MessageDirection.X</c> to the [Message] of the type <paramref name="typeOf"/> names, in whichever document declares it.</summary>
        private static async Task<Solution> DeclareAsync(Document document, TypeOfExpressionSyntax typeOf, string direction, CancellationToken cancellationToken)
        {
            Solution solution = document.Project.Solution;
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model?.GetTypeInfo(typeOf.Type, cancellationToken).Type is not INamedTypeSymbol response)
            {
                return solution;
            }

            foreach (SyntaxReference reference in response.DeclaringSyntaxReferences)
            {
                if (await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not TypeDeclarationSyntax declaration
                    || solution.GetDocument(declaration.SyntaxTree) is not { } target
                    || await target.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } targetModel
                    || FindMessageAttribute(declaration, targetModel, cancellationToken) is not { } attribute
                    || TypeNames.Runtime(targetModel.Compilation, RuntimeTypes.MetadataName("MessageDirection")) is not { } directionType)
                {
                    continue;
                }

                string argument = "Direction = " + TypeNames.For(targetModel, attribute.SpanStart, directionType) + "." + direction;
                TextChange change = attribute.ArgumentList is { } arguments
                    ? new TextChange(new TextSpan(arguments.CloseParenToken.SpanStart, 0), (arguments.Arguments.Count > 0 ? ", " : string.Empty) + argument)
                    : new TextChange(new TextSpan(attribute.Name.Span.End, 0), "(" + argument + ")");
                SourceText text = await target.GetTextAsync(cancellationToken).ConfigureAwait(false);
                return solution.WithDocumentText(target.Id, text.WithChanges(change));
            }

            return solution;
        }

        private static AttributeSyntax? FindMessageAttribute(TypeDeclarationSyntax declaration, SemanticModel model, CancellationToken cancellationToken) =>
            declaration.AttributeLists
                .SelectMany(list => list.Attributes)
                .FirstOrDefault(attribute => AttributeNames.Of(model.GetTypeInfo(attribute, cancellationToken).Type as INamedTypeSymbol) == AttributeNames.Message);
    }
}
