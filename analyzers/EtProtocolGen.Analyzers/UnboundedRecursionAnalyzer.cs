using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using EtProtocolGen.Analyzers.Model;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0106: a message that contains itself, directly or through other messages, collections and
    /// maps, with no explicit depth bound: neither [Message(MaxDepth = n)] nor
    /// <c>[assembly: ProtocolLimits(MaxDepth = n)]</c>. The walk visits only the messages reachable
    /// from the one analyzed, each once.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnboundedRecursionAnalyzer : ProtocolAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.UnboundedRecursion);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols)
        {
            if (symbols.Limits.MaxDepth > 0)
            {
                return;
            }

            context.RegisterSymbolAction(symbolContext => Analyze(symbolContext, symbols), SymbolKind.NamedType);
        }

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols)
        {
            var root = (INamedTypeSymbol)context.Symbol;
            if (!symbols.TryGetMessage(root, out MessageInfo message) || message.MaxDepth > 0 || root.Locations.Length == 0)
            {
                return;
            }

            var visited = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default) { root };
            foreach (ProtocolField field in symbols.GetFields(root))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (Reaches(root, field, symbols, visited))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnboundedRecursion, root.Locations[0], root.Name, "field '" + field.Name + "'"));
                    return;
                }
            }
        }

        /// <summary>
        /// True when <paramref name="start"/> leads back to <paramref name="root"/>. Types already in
        /// <paramref name="visited"/> are known not to, so the set is shared across the root's fields.
        /// </summary>
        private static bool Reaches(INamedTypeSymbol root, ProtocolField start, ProtocolSymbols symbols, HashSet<INamedTypeSymbol> visited)
        {
            var pending = new Stack<INamedTypeSymbol>();
            if (Enqueue(start, root, symbols, visited, pending))
            {
                return true;
            }

            while (pending.Count > 0)
            {
                foreach (ProtocolField field in symbols.GetFields(pending.Pop()))
                {
                    if (Enqueue(field, root, symbols, visited, pending))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool Enqueue(ProtocolField field, INamedTypeSymbol root, ProtocolSymbols symbols, HashSet<INamedTypeSymbol> visited, Stack<INamedTypeSymbol> pending)
        {
            if (!symbols.TryGetMessage(FieldTypes.GetCarriedMessage(field.Type), out MessageInfo message))
            {
                return false;
            }

            INamedTypeSymbol definition = message.Type.OriginalDefinition;
            if (SymbolEqualityComparer.Default.Equals(definition, root.OriginalDefinition))
            {
                return true;
            }

            if (visited.Add(definition))
            {
                pending.Push(definition);
            }

            return false;
        }
    }
}
