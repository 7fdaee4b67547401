using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.CodeFixes.Editing;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>
    /// ETP0108, two fixes that keep the exception observable and the reply a failure:
    /// <list type="bullet">
    /// <item>send an error code: the text becomes <c>""</c>, the response's <c>Error</c> is set to <c>ErrorCodes.InternalError</c>
    /// (in the same initializer, in the statement after, or in one tuple assignment where there is no room for a statement),
    /// and the exception is logged before the statement, through the class's <c>ILogger</c> when it has one, else
    /// <c>Trace.TraceError</c>;</item>
    /// <item>in a catch block, rethrow: dispatch then answers with <c>InternalError</c> and hands the exception to the host.</item>
    /// </list>
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceExceptionTextCodeFix))]
    [Shared]
    public sealed class ReplaceExceptionTextCodeFix : ProtocolCodeFix
    {
        /// <summary>The equivalence key of the error-code fix.</summary>
        public const string EquivalenceKey = "ETP0108.UseErrorCode";

        /// <summary>The equivalence key of the rethrow fix.</summary>
        public const string RethrowEquivalenceKey = "ETP0108.Rethrow";

        /// <summary>The value of <c>EtProtocolGen.ErrorCodes.InternalError</c>, used when the runtime predates the constant.</summary>
        public const int InternalErrorCode = 90000;

        private const string ErrorMember = "Error";

        /// <summary>Creates the fix (MEF creates it in the IDE).</summary>
        public ReplaceExceptionTextCodeFix()
            : base(DiagnosticDescriptors.ExceptionTextInResponseId)
        {
        }

        /// <inheritdoc />
        private protected override Task RegisterAsync(FixSite site, Diagnostic diagnostic)
        {
            if (site.Root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                    .AncestorsAndSelf().OfType<AssignmentExpressionSyntax>().FirstOrDefault() is not { } assignment)
            {
                return Task.CompletedTask;
            }

            site.Offer(
                diagnostic,
                "Send an error code and log the exception",
                EquivalenceKey,
                cancellationToken => UseErrorCodeAsync(site.Document, assignment, cancellationToken));

            if (assignment.FirstAncestorOrSelf<CatchClauseSyntax>() is { Block.Statements.Count: > 0 })
            {
                site.Offer(
                    diagnostic,
                    "Rethrow: dispatch answers with InternalError and hands the exception to the host",
                    RethrowEquivalenceKey,
                    cancellationToken => RethrowAsync(site.Document, assignment, cancellationToken));
            }

            return Task.CompletedTask;
        }

        private static async Task<Document> UseErrorCodeAsync(Document document, AssignmentExpressionSyntax assignment, CancellationToken cancellationToken)
        {
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (model is null)
            {
                return document;
            }

            DocumentStyle style = DocumentStyle.Of(assignment.SyntaxTree.GetRoot(cancellationToken), assignment.FirstAncestorOrSelf<TypeDeclarationSyntax>());
            string code = ErrorCode(model, assignment.SpanStart);
            var changes = new List<TextChange>();

            StatementSyntax? anchor = assignment.Ancestors().OfType<StatementSyntax>().FirstOrDefault(statement => statement.Parent is BlockSyntax or SwitchSectionSyntax);
            // The log goes before the statement, so the variable must be in scope there: not a pattern variable of the statement itself.
            if (anchor is not null
                && FindLoggedException(model, assignment, cancellationToken) is { } exception
                && !exception.DeclaringSyntaxReferences.Any(reference => anchor.Span.Contains(reference.Span))
                && LogStatement(model, anchor, exception) is { } log)
            {
                changes.Add(new TextChange(new TextSpan(SourceEdits.LineStartOfLeadingContent(anchor), 0), DocumentStyle.IndentationOf(anchor) + log + style.NewLine));
            }

            string receiver = assignment.Left is MemberAccessExpressionSyntax access ? access.Expression.ToString() + "." : "";
            switch (assignment.Parent)
            {
                case InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ObjectInitializerExpression):
                    changes.Add(new TextChange(assignment.Right.Span, "\"\""));
                    if (!initializer.Expressions.Any(e => e is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: ErrorMember } }))
                    {
                        // One member per line stays one per line; an initializer on one line gets it inline.
                        changes.Add(DocumentStyle.StartsLine(assignment.GetFirstToken())
                            ? new TextChange(new TextSpan(assignment.SpanStart, 0), ErrorMember + " = " + code + "," + style.NewLine + DocumentStyle.IndentationOf(assignment))
                            : new TextChange(new TextSpan(assignment.SpanStart, 0), ErrorMember + " = " + code + ", "));
                    }

                    break;

                case ExpressionStatementSyntax statement when statement.Parent is BlockSyntax or SwitchSectionSyntax:
                    changes.Add(new TextChange(assignment.Right.Span, "\"\""));
                    if (!SetsErrorNearby(statement, receiver))
                    {
                        string setError = receiver + ErrorMember + " = " + code + ";";
                        changes.Add(DocumentStyle.EndsLine(statement.GetLastToken())
                            ? new TextChange(new TextSpan(statement.FullSpan.End, 0), DocumentStyle.IndentationOf(statement) + setError + style.NewLine)
                            : new TextChange(new TextSpan(statement.Span.End, 0), " " + setError));
                    }

                    break;

                default:
                    // An if or loop without braces, an expression-bodied lambda: no room for a second statement, so one
                    // tuple assignment blanks the text and sets the code.
                    changes.Add(new TextChange(assignment.Span, "(" + assignment.Left + ", " + receiver + ErrorMember + ") = (\"\", " + code + ")"));
                    break;
            }

            return document.WithText(text.WithChanges(changes));
        }

        /// <summary>Replaces the catch block's statements with <c>throw;</c>, and drops the exception variable unless the filter reads it.</summary>
        private static async Task<Document> RethrowAsync(Document document, AssignmentExpressionSyntax assignment, CancellationToken cancellationToken)
        {
            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (assignment.FirstAncestorOrSelf<CatchClauseSyntax>() is not { } catchClause)
            {
                return document;
            }

            BlockSyntax block = catchClause.Block;
            DocumentStyle style = DocumentStyle.Of(assignment.SyntaxTree.GetRoot(cancellationToken), assignment.FirstAncestorOrSelf<TypeDeclarationSyntax>());
            var changes = new List<TextChange>();
            if (catchClause.Declaration is { Identifier.ValueText.Length: > 0 } declaration
                && !(catchClause.Filter?.DescendantTokens().Any(token => token.ValueText == declaration.Identifier.ValueText) ?? false))
            {
                changes.Add(new TextChange(TextSpan.FromBounds(declaration.Type.Span.End, declaration.Identifier.Span.End), ""));
            }

            string indentation = DocumentStyle.IndentationOf(block.Statements[0]);
            changes.Add(DocumentStyle.StartsLine(block.CloseBraceToken)
                ? new TextChange(TextSpan.FromBounds(block.OpenBraceToken.Span.End, block.CloseBraceToken.SpanStart), style.NewLine + indentation + "throw;" + style.NewLine + DocumentStyle.IndentationOf(block.CloseBraceToken))
                : new TextChange(TextSpan.FromBounds(block.OpenBraceToken.Span.End, block.CloseBraceToken.SpanStart), " throw; "));
            return document.WithText(text.WithChanges(changes));
        }

        /// <summary>The response's Error is already set right next to the statement (before or after it, in the same block).</summary>
        private static bool SetsErrorNearby(StatementSyntax statement, string receiver)
        {
            SyntaxList<StatementSyntax> siblings = statement.Parent switch
            {
                BlockSyntax block => block.Statements,
                SwitchSectionSyntax section => section.Statements,
                _ => default,
            };
            return siblings.Any(sibling => sibling is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: var left } }
                && (left.ToString() == receiver + ErrorMember));
        }

        /// <summary>The exception variable (a catch variable, a local, a parameter) whose text the assignment sends, if it is one.</summary>
        private static ISymbol? FindLoggedException(SemanticModel model, AssignmentExpressionSyntax assignment, CancellationToken cancellationToken)
        {
            INamedTypeSymbol? exceptionType = model.Compilation.GetTypeByMetadataName("System.Exception");
            if (exceptionType is null || model.GetOperation(assignment.Right, cancellationToken) is not { } value
                || ExceptionTextInResponseAnalyzer.FindExceptionText(value, exceptionType) is not { } text)
            {
                return null;
            }

            IOperation? instance = text switch
            {
                IPropertyReferenceOperation property => property.Instance,
                IInvocationOperation invocation => invocation.Instance,
                _ => text,
            };

            return (instance is null ? null : OperationValues.WithoutConversions(instance)) switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                _ => null,
            };
        }

        /// <summary>
        /// A statement that logs <paramref name="exception"/> before <paramref name="anchor"/>: through an <c>ILogger</c> field or
        /// property of the enclosing class when there is one the method can use, else <c>System.Diagnostics.Trace.TraceError</c>.
        /// </summary>
        private static string? LogStatement(SemanticModel model, StatementSyntax anchor, ISymbol exception)
        {
            int position = anchor.SpanStart;
            string what = anchor.FirstAncestorOrSelf<TypeDeclarationSyntax>()?.Identifier.ValueText
                + (anchor.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { } method ? "." + method.Identifier.ValueText : "");
            INamedTypeSymbol? loggerType = model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILogger");
            bool inStaticCode = model.GetEnclosingSymbol(position) is { IsStatic: true };
            if (loggerType is not null && model.GetEnclosingSymbol(position)?.ContainingType is { } containing)
            {
                foreach (ISymbol member in containing.GetMembers())
                {
                    ITypeSymbol? type = member switch
                    {
                        IFieldSymbol field when !field.IsImplicitlyDeclared => field.Type,
                        IPropertySymbol property => property.Type,
                        _ => null,
                    };
                    if (type is null || (inStaticCode && !member.IsStatic)
                        || !(SymbolEqualityComparer.Default.Equals(type, loggerType) || type.AllInterfaces.Contains(loggerType, SymbolEqualityComparer.Default)))
                    {
                        continue;
                    }

                    string message = "\"" + what + " failed; the client gets InternalError\"";
                    if (!model.LookupSymbols(position, type, "LogError", includeReducedExtensionMethods: true).IsEmpty)
                    {
                        return member.Name + ".LogError(" + exception.Name + ", " + message + ");";
                    }

                    if (model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerExtensions") is { } extensions)
                    {
                        return TypeNames.For(model, position, extensions) + ".LogError(" + member.Name + ", " + exception.Name + ", " + message + ");";
                    }
                }
            }

            return model.Compilation.GetTypeByMetadataName("System.Diagnostics.Trace") is { } trace
                ? TypeNames.For(model, position, trace) + ".TraceError(" + exception.Name + ".ToString());"
                : null;
        }

        private static string ErrorCode(SemanticModel model, int position)
        {
            if (TypeNames.Runtime(model.Compilation, RuntimeTypes.MetadataName(RuntimeTypes.ErrorCodes)) is { } errorCodes && !errorCodes.GetMembers("InternalError").IsEmpty)
            {
                return TypeNames.For(model, position, errorCodes) + ".InternalError";
            }

            return InternalErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
