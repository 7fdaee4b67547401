using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Model;
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

        private protected override bool AnalyzesProtoMessages => true;

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols) =>
            RegisterMessageAction(context, symbolContext => Analyze(symbolContext, symbols));

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (symbols.TryGetMessage(type, out ProtocolMessage message) && message.IsOuter)
            {
                AnalyzeFields(context, symbols, message);
            }

            AnalyzeHandler(context, symbols, type);
        }

        /// <summary>
        /// An inner message in a field of an outer one gets in when clients send the outer message, and leaks when only the
        /// server sends it (server to client by <see cref="DirectionIndex"/>: a response, a G2C_ message).
        /// </summary>
        private static void AnalyzeFields(SymbolAnalysisContext context, ProtocolSymbols symbols, ProtocolMessage message)
        {
            INamedTypeSymbol outer = message.Type;
            MessageDirectionModel direction = DirectionIndex.Of(symbols, context.CancellationToken).DirectionOf(message);
            if (direction.Direction == WireDirection.None)
            {
                // A value only inner messages carry travels between servers with them.
                return;
            }

            bool sentToClientsOnly = !direction.IsDecodedByServer;
            foreach (ProtocolField field in symbols.GetFields(outer))
            {
                if (symbols.TryGetMessage(FieldTypes.GetCarriedMessage(field), out ProtocolMessage inner) && inner.IsInner)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.InnerMessageExposed,
                        field.Location,
                        inner.Type.Name,
                        sentToClientsOnly
                            ? "is sent to clients: field '" + field.Name + "' of outer message '" + outer.Name + "', which the server sends, carries it, so trusted server-to-server data leaves the servers"
                            : "is reachable from clients: field '" + field.Name + "' of outer message '" + outer.Name + "' carries it"));
                }
            }
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
