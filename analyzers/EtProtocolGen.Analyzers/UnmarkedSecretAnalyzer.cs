using System.Collections.Immutable;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0105: a message field whose name says it holds a secret (password, token, key, ticket,
    /// credential...) without [Sensitive]. Booleans (HasPassword) and nested messages (whose own
    /// fields are checked) are skipped.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnmarkedSecretAnalyzer : ProtocolAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.UnmarkedSecret);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols) =>
            context.RegisterSymbolAction(symbolContext => Analyze(symbolContext, symbols), SymbolKind.NamedType);

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!symbols.TryGetMessage(type, out _))
            {
                return;
            }

            foreach (ProtocolField field in symbols.GetFields(type))
            {
                if (field.Type.SpecialType == SpecialType.System_Boolean
                    || FieldTypes.GetCarriedMessage(field.Type) is not null
                    || symbols.HasAttribute(field.Symbol, AttributeNames.Sensitive)
                    || SecretNames.FindSecretWord(field.Name) is not { } word)
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnmarkedSecret, field.Location, field.Name, type.Name, word));
            }
        }
    }
}
