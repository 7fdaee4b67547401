using System.Collections.Immutable;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0006: a [Message] type the generator skips because of its shape (generic, static, abstract, ref struct,
    /// derived from another message, or a class without a parameterless constructor). The check is the generator's own.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnsupportedMessageShapeAnalyzer : ProtocolAnalyzer
    {
        /// <summary>Diagnostic property naming the <see cref="MessageShapeProblem"/>, for the code fix.</summary>
        internal const string ProblemProperty = "Problem";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.UnsupportedMessageShape);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols) =>
            context.RegisterSymbolAction(symbolContext => Analyze(symbolContext, symbols), SymbolKind.NamedType);

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!symbols.TryGetMessage(type, out _) || type.Locations.Length == 0)
            {
                return;
            }

            MessageShapeProblem problem = MessageShape.Check(type);
            if (problem != MessageShapeProblem.None)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.UnsupportedMessageShape,
                    type.Locations[0],
                    ImmutableDictionary<string, string?>.Empty.Add(ProblemProperty, problem.ToString()),
                    type.Name,
                    MessageShape.Describe(problem, type)));
            }
        }
    }
}
