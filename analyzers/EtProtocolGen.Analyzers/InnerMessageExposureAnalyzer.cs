using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0104: an inner (server-to-server) message that a client can reach. Two ways are recognized:
    /// <list type="bullet">
    /// <item>it is the type, element type or map value type of a field of an outer message;</item>
    /// <item>it is handled by a handler class that also handles an outer message for the same session
    /// type: that class serves client sessions, so its inner handler is one misrouting away from clients.</item>
    /// </list>
    /// Handlers in other classes that share a session type are not flagged: an inner session legitimately
    /// receives outer messages that a gate forwards.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class InnerMessageExposureAnalyzer : ProtocolAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.InnerMessageExposed);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols) =>
            context.RegisterSymbolAction(symbolContext => Analyze(symbolContext, symbols), SymbolKind.NamedType);

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (symbols.TryGetMessage(type, out ProtocolMessage message) && message.IsOuter)
            {
                AnalyzeFields(context, symbols, type);
            }

            AnalyzeHandler(context, symbols, type);
        }

        private static void AnalyzeFields(SymbolAnalysisContext context, ProtocolSymbols symbols, INamedTypeSymbol outer)
        {
            foreach (ProtocolField field in symbols.GetFields(outer))
            {
                if (symbols.TryGetMessage(FieldTypes.GetCarriedMessage(field), out ProtocolMessage inner) && inner.IsInner)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.InnerMessageExposed,
                        field.Location,
                        inner.Type.Name,
                        IsServerToClient(outer, symbols)
                            ? "is sent to clients: field '" + field.Name + "' of outer message '" + outer.Name + "', which the server sends, carries it, so trusted server-to-server data leaves the servers"
                            : "is reachable from clients: field '" + field.Name + "' of outer message '" + outer.Name + "' carries it"));
                }
            }
        }

        /// <summary>
        /// A message the server sends to clients: a response, or a message named in ET's X2C_ style (G2C_, M2C_, R2C_). A client
        /// does not send it; an inner message inside it leaks rather than gets in.
        /// </summary>
        private static bool IsServerToClient(INamedTypeSymbol message, ProtocolSymbols symbols)
        {
            if (symbols.IsResponse(message))
            {
                return true;
            }

            int separator = message.Name.IndexOf('_');
            return separator >= 3 && message.Name[separator - 2] == '2' && message.Name[separator - 1] == 'C';
        }

        private static void AnalyzeHandler(SymbolAnalysisContext context, ProtocolSymbols symbols, INamedTypeSymbol handler)
        {
            ImmutableArray<HandlerBinding> bindings = symbols.GetHandlerBindings(handler);
            if (bindings.Length < 2 || handler.Locations.Length == 0)
            {
                return;
            }

            var reported = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            foreach (HandlerBinding innerBinding in bindings)
            {
                if (!symbols.TryGetMessage(innerBinding.Message, out ProtocolMessage inner) || !inner.IsInner)
                {
                    continue;
                }

                foreach (HandlerBinding outerBinding in bindings)
                {
                    if (SymbolEqualityComparer.Default.Equals(outerBinding.Session, innerBinding.Session)
                        && symbols.TryGetMessage(outerBinding.Message, out ProtocolMessage outer)
                        && outer.IsOuter
                        && reported.Add(inner.Type))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.InnerMessageExposed,
                            handler.Locations[0],
                            inner.Type.Name,
                            "is reachable from clients: handler '" + handler.Name + "' also handles outer message '" + outer.Type.Name + "' for session type '"
                                + innerBinding.Session.Name + "', so it serves client sessions; handle inner messages in a separate class"));
                        break;
                    }
                }
            }
        }
    }
}
