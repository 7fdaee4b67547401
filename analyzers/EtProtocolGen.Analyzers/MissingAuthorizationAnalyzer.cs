using System.Collections.Concurrent;
using System.Collections.Immutable;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0102: an outer message that a client may send (anything but a response) with neither
    /// [Authorize] nor [AllowAnonymous] on it or on any of its handlers. Handlers may live anywhere in
    /// the assembly, so it reports at compilation end.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MissingAuthorizationAnalyzer : ProtocolAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.MissingAuthorization);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols)
        {
            var unmarked = new ConcurrentBag<INamedTypeSymbol>();
            var markedByHandler = new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);

            context.RegisterSymbolAction(
                symbolContext =>
                {
                    var type = (INamedTypeSymbol)symbolContext.Symbol;
                    if (symbols.TryGetMessage(type, out ProtocolMessage message)
                        && message.IsOuter
                        && !symbols.IsResponse(type)
                        && !HasAuthorizationAttribute(type, symbols)
                        && type.Locations.Length > 0)
                    {
                        unmarked.Add(type);
                    }

                    if (HasAuthorizationAttribute(type, symbols))
                    {
                        foreach (HandlerBinding binding in symbols.GetHandlerBindings(type))
                        {
                            markedByHandler[binding.Message.OriginalDefinition] = true;
                        }
                    }
                },
                SymbolKind.NamedType);

            context.RegisterCompilationEndAction(endContext =>
            {
                foreach (INamedTypeSymbol type in unmarked)
                {
                    if (!markedByHandler.ContainsKey(type))
                    {
                        endContext.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MissingAuthorization, type.Locations[0], type.Name));
                    }
                }
            });
        }

        private static bool HasAuthorizationAttribute(INamedTypeSymbol type, ProtocolSymbols symbols) =>
            symbols.HasAttribute(type, AttributeNames.Authorize) || symbols.HasAttribute(type, AttributeNames.AllowAnonymous);
    }
}
