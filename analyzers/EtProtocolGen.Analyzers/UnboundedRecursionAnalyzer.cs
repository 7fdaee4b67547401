using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0106: a message that contains itself, directly or through other messages, collections and
    /// maps, with no explicit depth bound: neither [Message(MaxDepth = n)] nor
    /// <c>[assembly: ProtocolLimits(MaxDepth = n)]</c>. Cycles are found once per compilation by
    /// <see cref="MessageCycles"/>, so no message's reachable graph is walked more than once.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnboundedRecursionAnalyzer : ProtocolAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.UnboundedRecursion);

        private protected override bool AnalyzesProtoMessages => true;

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols)
        {
            if (symbols.Limits.MaxDepth > 0)
            {
                return;
            }

            var cycles = new MessageCycles(symbols);
            RegisterMessageAction(context, symbolContext => Analyze(symbolContext, symbols, cycles));
        }

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols, MessageCycles cycles)
        {
            var root = (INamedTypeSymbol)context.Symbol;
            if (!symbols.TryGetMessage(root, out ProtocolMessage message) || message.MaxDepth > 0 || root.Locations.Length == 0)
            {
                return;
            }

            if (cycles.FindRecursiveField(root.OriginalDefinition) is { } field)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnboundedRecursion, root.Locations[0], root.Name, "field '" + field.Name + "'"));
            }
        }
    }
}
