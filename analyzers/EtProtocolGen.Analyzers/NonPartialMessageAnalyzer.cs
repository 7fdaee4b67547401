using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using EtProtocolGen.Analyzers.Model;

namespace EtProtocolGen.Analyzers
{
    /// <summary>ETP0001: a [Message] type, or a type that contains one, is not partial.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NonPartialMessageAnalyzer : ProtocolAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.NonPartialMessage);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols) =>
            context.RegisterSymbolAction(symbolContext => Analyze(symbolContext, symbols), SymbolKind.NamedType);

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!symbols.TryGetMessage(type, out _) || type.Locations.Length == 0)
            {
                return;
            }

            for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            {
                if (!IsPartialEverywhere(current, context))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NonPartialMessage, type.Locations[0], current.Name, type.Name));
                    return;
                }
            }
        }

        private static bool IsPartialEverywhere(INamedTypeSymbol type, SymbolAnalysisContext context)
        {
            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(context.CancellationToken) is TypeDeclarationSyntax declaration
                    && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
