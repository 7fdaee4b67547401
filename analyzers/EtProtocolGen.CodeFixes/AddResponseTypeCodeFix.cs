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
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Text;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>
    /// ETP0005: adds <c>[ResponseType(typeof(X))]</c> to a request, where X is the response type of a
    /// handler that handles it (<c>IRequestHandler&lt;TSession, TRequest, X&gt;</c>). Offered only when a
    /// handler exists; one fix per distinct response type.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddResponseTypeCodeFix))]
    [Shared]
    public sealed class AddResponseTypeCodeFix : ProtocolCodeFix
    {
        /// <summary>The equivalence key of the fix for the first (usually only) handler's response type.</summary>
        public const string EquivalenceKey = "ETP0005.AddResponseType";

        /// <summary>Creates the fix (MEF creates it in the IDE).</summary>
        public AddResponseTypeCodeFix()
            : base(DiagnosticDescriptors.ResponseTypeId)
        {
        }

        /// <inheritdoc />
        private protected override DocumentInput Reads => DocumentInput.SemanticModel;

        /// <inheritdoc />
        private protected override async Task RegisterAsync(FixSite site, Diagnostic diagnostic)
        {
            if (site.TypeAt(diagnostic) is not { } declaration
                || site.Model.GetDeclaredSymbol(declaration, site.CancellationToken) is not INamedTypeSymbol request
                || request.GetAttributes().Any(a => AttributeNames.Of(a.AttributeClass) == AttributeNames.ResponseType))
            {
                return;
            }

            IReadOnlyList<ITypeSymbol> responses = await FindHandlerResponsesAsync(site.Document.Project.Solution, request, site.CancellationToken).ConfigureAwait(false);
            for (int i = 0; i < responses.Count; i++)
            {
                ITypeSymbol response = responses[i];
                site.Offer(
                    diagnostic,
                    "Add [ResponseType(typeof(" + response.Name + "))]",
                    i == 0 ? EquivalenceKey : EquivalenceKey + "." + response.ToDisplayString(),
                    cancellationToken => AddAsync(site.Document, declaration, response, cancellationToken));
            }
        }

        private static async Task<Document> AddAsync(Document document, TypeDeclarationSyntax declaration, ITypeSymbol response, CancellationToken cancellationToken)
        {
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (model is null || TypeNames.Runtime(model.Compilation, AttributeNames.ResponseType) is not { } attributeType || response is not INamedTypeSymbol responseType)
            {
                return document;
            }

            string attribute = TypeNames.ForAttribute(model, declaration.SpanStart, attributeType) + "(typeof(" + TypeNames.For(model, declaration.SpanStart, responseType) + "))";
            DocumentStyle style = DocumentStyle.Of(declaration.SyntaxTree.GetRoot(cancellationToken), declaration);
            return document.WithText(text.WithChanges(SourceEdits.AddAttributeList(declaration, attribute, style, ownLine: true)));
        }

        /// <summary>The TResponse of every <c>IRequestHandler&lt;TSession, TRequest, TResponse&gt;</c> whose TRequest is <paramref name="request"/>.</summary>
        private static async Task<IReadOnlyList<ITypeSymbol>> FindHandlerResponsesAsync(Solution solution, INamedTypeSymbol request, CancellationToken cancellationToken)
        {
            var responses = new List<ITypeSymbol>();
            foreach (ReferencedSymbol referenced in await SymbolFinder.FindReferencesAsync(request, solution, cancellationToken).ConfigureAwait(false))
            {
                foreach (ReferenceLocation location in referenced.Locations)
                {
                    SyntaxNode? root = await location.Location.SourceTree!.GetRootAsync(cancellationToken).ConfigureAwait(false);
                    if (root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true).Parent is not TypeArgumentListSyntax { Parent: GenericNameSyntax generic })
                    {
                        continue;
                    }

                    SemanticModel? model = await location.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                    if (model?.GetSymbolInfo(generic, cancellationToken).Symbol is INamedTypeSymbol handlerInterface
                        && RuntimeTypes.Is(handlerInterface, RuntimeTypes.RequestHandler, 3)
                        && handlerInterface.TypeArguments.Length == 3
                        && SymbolEqualityComparer.Default.Equals(handlerInterface.TypeArguments[1], request)
                        && !responses.Contains(handlerInterface.TypeArguments[2], SymbolEqualityComparer.Default))
                    {
                        responses.Add(handlerInterface.TypeArguments[2]);
                    }
                }
            }

            return responses;
        }
    }
}
