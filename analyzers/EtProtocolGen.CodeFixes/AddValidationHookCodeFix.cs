using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>
    /// ETP0103: adds an empty <c>OnValidate</c> hook to the message (the diagnostic's additional
    /// location), for the developer to fill in. The generated <c>Validate()</c> calls it before the
    /// handler runs.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddValidationHookCodeFix))]
    [Shared]
    public sealed class AddValidationHookCodeFix : CodeFixProvider
    {
        /// <summary>The equivalence key of the fix.</summary>
        public const string EquivalenceKey = "ETP0103.AddValidationHook";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnvalidatedHandlerId);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (diagnostic.AdditionalLocations.Count == 0 || diagnostic.AdditionalLocations[0] is not { IsInSource: true } messageLocation)
                {
                    continue;
                }

                Document? messageDocument = context.Document.Project.Solution.GetDocument(messageLocation.SourceTree);
                if (messageDocument is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Add an OnValidate hook to the message",
                        cancellationToken => AddHookAsync(messageDocument, messageLocation, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        private static async Task<Solution> AddHookAsync(Document document, Location messageLocation, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || AttributeEditing.FindType(root, messageLocation.SourceSpan.Start) is not { } message)
            {
                return document.Project.Solution;
            }

            var hook = (MethodDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(
                "partial void " + UnvalidatedHandlerAnalyzer.ValidationHookName + "(ref global::EtProtocolGen.ValidationResult result)\n{\n}\n")!;
            hook = hook
                .ReplaceNode(hook.ParameterList.Parameters[0].Type!, hook.ParameterList.Parameters[0].Type!.WithAdditionalAnnotations(Simplifier.Annotation))
                .WithAdditionalAnnotations(Formatter.Annotation);
            if (message.Members.Count > 0)
            {
                // A blank line between the existing members and the hook, in the file's own line ending.
                SyntaxTrivia newLine = message.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                hook = hook.WithLeadingTrivia(newLine.IsKind(SyntaxKind.EndOfLineTrivia) ? newLine : SyntaxFactory.CarriageReturnLineFeed);
            }

            return document.WithSyntaxRoot(root.ReplaceNode(message, message.AddMembers(hook))).Project.Solution;
        }
    }
}
