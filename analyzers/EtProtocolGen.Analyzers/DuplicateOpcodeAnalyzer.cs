using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Analyzers
{
    /// <summary>ETP0002: two messages of one assembly share an opcode. Needs every message, so it reports at compilation end.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DuplicateOpcodeAnalyzer : ProtocolAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.DuplicateOpcode);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols)
        {
            var messages = new ConcurrentBag<ProtocolMessage>();
            context.RegisterSymbolAction(
                symbolContext =>
                {
                    if (symbols.TryGetMessage(symbolContext.Symbol as INamedTypeSymbol, out ProtocolMessage message) && message.Opcode is not null)
                    {
                        messages.Add(message);
                    }
                },
                SymbolKind.NamedType);

            context.RegisterCompilationEndAction(endContext =>
            {
                foreach (IGrouping<ushort, ProtocolMessage> group in messages.GroupBy(m => m.Opcode!.Value))
                {
                    if (group.Skip(1).Any())
                    {
                        ReportGroup(endContext, group.Key, group.OrderBy(m => m.Type.ToDisplayString()).ToList());
                    }
                }
            });
        }

        private static void ReportGroup(CompilationAnalysisContext context, ushort opcode, List<ProtocolMessage> duplicates)
        {
            foreach (ProtocolMessage message in duplicates)
            {
                string others = string.Join(", ", duplicates
                    .Where(other => !SymbolEqualityComparer.Default.Equals(other.Type, message.Type))
                    .Select(other => "'" + other.Type.ToDisplayString() + "'"));
                Location location = AttributeLocations.FirstArgument(message.Attribute, context.CancellationToken)
                    ?? (message.Type.Locations.Length > 0 ? message.Type.Locations[0] : Location.None);
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateOpcode, location, opcode, message.Type.Name, others));
            }
        }
    }
}
