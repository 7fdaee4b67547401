using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>
    /// Base of every EtProtocolGen code fix: the diagnostic IDs given once, the batch fixer for Fix All unless a fix overrides
    /// <see cref="GetFixAllProvider"/>, and the document read once (<see cref="Reads"/>) before each diagnostic is handed to
    /// <see cref="RegisterAsync"/>. Each fix keeps its own <c>[ExportCodeFixProvider]</c> and <c>[Shared]</c>: MEF reads
    /// exports from the class itself, not from its base.
    /// </summary>
    public abstract class ProtocolCodeFix : CodeFixProvider
    {
        private protected ProtocolCodeFix(params string[] diagnosticIds) => FixableDiagnosticIds = ImmutableArray.Create(diagnosticIds);

        /// <summary>What a fix reads of its document before it looks at the diagnostics.</summary>
        private protected enum DocumentInput
        {
            /// <summary>The syntax root (<see cref="FixSite.Root"/>).</summary>
            SyntaxRoot,

            /// <summary>The syntax root and the semantic model (<see cref="FixSite.Model"/>).</summary>
            SemanticModel,

            /// <summary>Nothing: a fix that also runs on additional documents, whose <see cref="CodeFixContext.Document"/> throws.</summary>
            Nothing,
        }

        /// <inheritdoc />
        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        /// <summary>What <see cref="RegisterCodeFixesAsync"/> reads before the diagnostics; a document without it gets no fix.</summary>
        private protected virtual DocumentInput Reads => DocumentInput.SyntaxRoot;

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = null;
            SemanticModel? model = null;
            if (Reads != DocumentInput.Nothing)
            {
                root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                if (root is null)
                {
                    return;
                }

                if (Reads == DocumentInput.SemanticModel)
                {
                    model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                    if (model is null)
                    {
                        return;
                    }
                }
            }

            var site = new FixSite(context, root, model);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                await RegisterAsync(site, diagnostic).ConfigureAwait(false);
            }
        }

        /// <summary>Offers (<see cref="FixSite.Offer(Diagnostic, string, string, System.Func{System.Threading.CancellationToken, Task{Document}})"/>) this fix's actions for one diagnostic, or none where it does not apply.</summary>
        private protected abstract Task RegisterAsync(FixSite site, Diagnostic diagnostic);
    }
}
