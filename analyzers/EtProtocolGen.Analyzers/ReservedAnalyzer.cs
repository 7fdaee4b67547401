using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0203: a field uses a number or a name its message reserves with [Reserved]. ETP0204: a message uses an opcode the
    /// assembly reserves with [assembly: ReservedOpcodes]. Needs no manifest: a reservation holds whatever the files say.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ReservedAnalyzer : ProtocolAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.ReservedFieldUsed, DiagnosticDescriptors.ReservedOpcodeUsed);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols)
        {
            SortedSet<ushort> reservedOpcodes = Reservations.ReadOpcodes(context.Compilation.Assembly);
            context.RegisterSymbolAction(symbolContext => Analyze(symbolContext, symbols, reservedOpcodes), SymbolKind.NamedType);
        }

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols, SortedSet<ushort> reservedOpcodes)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!symbols.TryGetMessage(type, out ProtocolMessage message))
            {
                return;
            }

            if (message.Opcode is ushort opcode && reservedOpcodes.Contains(opcode))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ReservedOpcodeUsed,
                    AttributeLocations.FirstArgument(message.Attribute, context.CancellationToken) ?? type.Locations[0],
                    type.Name,
                    opcode.ToString(CultureInfo.InvariantCulture)));
            }

            var numbers = new HashSet<int>();
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            Reservations.ReadFields(type, numbers, names);
            if (numbers.Count == 0 && names.Count == 0)
            {
                return;
            }

            foreach (ProtocolField field in symbols.GetFields(type))
            {
                if (field.Number is int number && numbers.Contains(number))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ReservedFieldUsed, field.NumberLocation, field.Name, type.Name, "number " + number.ToString(CultureInfo.InvariantCulture)));
                }

                if (names.Contains(field.Name))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ReservedFieldUsed, field.Location, field.Name, type.Name, "the name '" + field.Name + "'"));
                }
            }
        }
    }
}
