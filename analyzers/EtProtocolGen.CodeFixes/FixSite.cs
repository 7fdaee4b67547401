using System;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>
    /// The document a <see cref="ProtocolCodeFix"/> registers its actions for, with what the fix asked to read of it, and the one
    /// way actions are offered: <see cref="CodeAction.Create(string, Func{CancellationToken, Task{Document}}, string)"/> with the
    /// fix's equivalence key, which Fix All groups by.
    /// </summary>
    internal sealed class FixSite
    {
        private readonly CodeFixContext context;
        private readonly SyntaxNode? root;
        private readonly SemanticModel? model;

        public FixSite(CodeFixContext context, SyntaxNode? root, SemanticModel? model)
        {
            this.context = context;
            this.root = root;
            this.model = model;
        }

        /// <summary>The document of the diagnostics (a C# document: fixes that read nothing use <see cref="TextDocument"/>).</summary>
        public Document Document => context.Document;

        /// <summary>The document of the diagnostics, source or additional.</summary>
        public TextDocument TextDocument => context.TextDocument;

        public CancellationToken CancellationToken => context.CancellationToken;

        /// <summary>The document's syntax root, read when the fix reads at least <c>SyntaxRoot</c>.</summary>
        public SyntaxNode Root => root ?? throw new InvalidOperationException("The fix does not read the syntax root.");

        /// <summary>The document's semantic model, read when the fix reads <c>SemanticModel</c>.</summary>
        public SemanticModel Model => model ?? throw new InvalidOperationException("The fix does not read the semantic model.");

        /// <summary>The type declaration the diagnostic starts in (<see cref="AttributeEditing.FindType"/>).</summary>
        public TypeDeclarationSyntax? TypeAt(Diagnostic diagnostic) => AttributeEditing.FindType(Root, diagnostic.Location.SourceSpan.Start);

        /// <summary>The member declaration the diagnostic starts in (<see cref="AttributeEditing.FindMember"/>).</summary>
        public MemberDeclarationSyntax? MemberAt(Diagnostic diagnostic) => AttributeEditing.FindMember(Root, diagnostic.Location.SourceSpan.Start);

        /// <summary>Offers an action that changes this document (or returns another one).</summary>
        public void Offer(Diagnostic diagnostic, string title, string equivalenceKey, Func<CancellationToken, Task<Document>> createChangedDocument) =>
            context.RegisterCodeFix(CodeAction.Create(title, createChangedDocument, equivalenceKey), diagnostic);

        /// <summary>Offers an action that changes the solution (other documents, additional files).</summary>
        public void Offer(Diagnostic diagnostic, string title, string equivalenceKey, Func<CancellationToken, Task<Solution>> createChangedSolution) =>
            context.RegisterCodeFix(CodeAction.Create(title, createChangedSolution, equivalenceKey), diagnostic);
    }
}
