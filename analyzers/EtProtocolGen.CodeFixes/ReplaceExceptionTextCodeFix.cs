using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>
    /// ETP0108: replaces the exception text with an empty string and makes the response carry an error
    /// code instead: <c>ErrorCodes.InternalError</c> when the referenced runtime has it, else its value
    /// as a literal. The code is added next to the assignment (same initializer or the statement after)
    /// unless the response's <c>Error</c> is already set there.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceExceptionTextCodeFix))]
    [Shared]
    public sealed class ReplaceExceptionTextCodeFix : CodeFixProvider
    {
        /// <summary>The equivalence key of the fix.</summary>
        public const string EquivalenceKey = "ETP0108.UseErrorCode";

        /// <summary>The value of <c>EtProtocolGen.ErrorCodes.InternalError</c>, used when the runtime predates the constant.</summary>
        public const int InternalErrorCode = 90000;

        private const string ErrorMember = "Error";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ExceptionTextInResponseId);

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
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                        .AncestorsAndSelf().OfType<AssignmentExpressionSyntax>().FirstOrDefault() is not { } assignment)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Send an error code instead of the exception text",
                        cancellationToken => ReplaceAsync(context.Document, root, assignment, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document> ReplaceAsync(Document document, SyntaxNode root, AssignmentExpressionSyntax assignment, CancellationToken cancellationToken)
        {
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            ExpressionSyntax code = ErrorCode(model?.Compilation);
            AssignmentExpressionSyntax emptied = assignment.WithRight(
                LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(string.Empty)).WithTriviaFrom(assignment.Right));

            switch (assignment.Parent)
            {
                case InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ObjectInitializerExpression):
                {
                    InitializerExpressionSyntax updated = initializer.ReplaceNode(assignment, emptied);
                    if (!initializer.Expressions.Any(e => e is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: ErrorMember } }))
                    {
                        int index = initializer.Expressions.IndexOf(assignment);
                        ExpressionSyntax setError = AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(ErrorMember), code);
                        updated = updated.WithExpressions(updated.Expressions.Insert(index, setError)).WithAdditionalAnnotations(Formatter.Annotation);
                    }

                    return document.WithSyntaxRoot(root.ReplaceNode(initializer, updated));
                }

                case ExpressionStatementSyntax statement
                    when assignment.Left is MemberAccessExpressionSyntax target && statement.Parent is BlockSyntax block:
                {
                    ExpressionSyntax receiver = target.Expression;
                    bool errorAlreadySet = block.Statements.Any(s =>
                        s is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: ErrorMember } other } }
                        && other.Expression.IsEquivalentTo(receiver));
                    BlockSyntax updated = block.ReplaceNode(assignment, emptied);
                    if (!errorAlreadySet)
                    {
                        int index = block.Statements.IndexOf(statement);
                        StatementSyntax setError = ExpressionStatement(AssignmentExpression(
                                SyntaxKind.SimpleAssignmentExpression,
                                MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver.WithoutTrivia(), IdentifierName(ErrorMember)),
                                code))
                            .WithAdditionalAnnotations(Formatter.Annotation);
                        updated = updated.WithStatements(updated.Statements.Insert(index, setError));
                    }

                    return document.WithSyntaxRoot(root.ReplaceNode(block, updated));
                }

                default:
                    return document.WithSyntaxRoot(root.ReplaceNode(assignment, emptied));
            }
        }

        private static ExpressionSyntax ErrorCode(Compilation? compilation)
        {
            INamedTypeSymbol? errorCodes = compilation?.GetTypeByMetadataName(RuntimeTypes.MetadataName(RuntimeTypes.ErrorCodes));
            if (errorCodes is not null && !errorCodes.GetMembers("InternalError").IsEmpty)
            {
                return ParseExpression("global::" + RuntimeTypes.MetadataName(RuntimeTypes.ErrorCodes) + ".InternalError").WithAdditionalAnnotations(Simplifier.Annotation);
            }

            return LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(InternalErrorCode));
        }
    }
}
