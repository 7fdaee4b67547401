using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using EtProtocolGen.Analyzers.Model;

namespace EtProtocolGen.Analyzers
{
    /// <summary>ETP0003: two fields of one message share a field number.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DuplicateFieldNumberAnalyzer : ProtocolAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.DuplicateFieldNumber);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols) =>
            context.RegisterSymbolAction(symbolContext => Analyze(symbolContext, symbols), SymbolKind.NamedType);

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!symbols.TryGetMessage(type, out _))
            {
                return;
            }

            ImmutableArray<ProtocolField> fields = symbols.GetFields(type);
            for (int i = 0; i < fields.Length; i++)
            {
                if (fields[i].Number is not int number)
                {
                    continue;
                }

                for (int j = 0; j < fields.Length; j++)
                {
                    if (i != j && fields[j].Number == number)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.DuplicateFieldNumber, fields[i].NumberLocation, number, type.Name, fields[i].Name, fields[j].Name));
                        break;
                    }
                }
            }
        }
    }
}
