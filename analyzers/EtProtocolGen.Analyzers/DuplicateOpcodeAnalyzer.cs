using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0002: two messages of one assembly share an opcode. Reported on each of them from its own symbol, with the others
    /// found in the assembly's <see cref="ProtocolIndex"/>, so the IDE shows it where the opcode is typed.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DuplicateOpcodeAnalyzer : ProtocolAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.DuplicateOpcode);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols) =>
            context.RegisterSymbolAction(symbolContext => Analyze(symbolContext, symbols), SymbolKind.NamedType);

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!symbols.TryGetMessage(type, out ProtocolMessage message) || message.Opcode is not ushort opcode)
            {
                return;
            }

            IReadOnlyList<INamedTypeSymbol> sharing = ProtocolIndex.Of(symbols, context.CancellationToken).MessagesWithOpcode(opcode);
            if (sharing.Count < 2)
            {
                return;
            }

            string others = string.Join(", ", sharing
                .Where(other => !SymbolEqualityComparer.Default.Equals(other, type))
                .Select(other => other.ToDisplayString())
                .OrderBy(name => name, System.StringComparer.Ordinal)
                .Select(name => "'" + name + "'"));
            Location location = AttributeLocations.FirstArgument(message.Attribute, context.CancellationToken)
                ?? (type.Locations.Length > 0 ? type.Locations[0] : Location.None);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateOpcode, location, opcode, type.Name, others));
        }
    }
}
