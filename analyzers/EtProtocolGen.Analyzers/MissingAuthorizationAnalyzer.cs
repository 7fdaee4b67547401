using System.Collections.Immutable;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0102: an outer message that a client sends (client to server or both ways by <see cref="DirectionIndex"/>; not a
    /// response, nor a value without an opcode) with neither [Authorize] nor
    /// [AllowAnonymous] on it or on any of its handlers. Handlers may live anywhere in the assembly: the assembly's
    /// <see cref="ProtocolIndex"/> knows which messages an attributed handler covers, so it reports from the message's own symbol.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MissingAuthorizationAnalyzer : ProtocolAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.MissingAuthorization);

        private protected override bool AnalyzesProtoMessages => true;

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols) =>
            RegisterMessageAction(context, symbolContext => Analyze(symbolContext, symbols));

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!symbols.TryGetMessage(type, out ProtocolMessage message)
                || !message.IsOuter
                || message.IsValueOnly
                || symbols.IsResponse(type)
                || !DirectionIndex.Of(symbols, context.CancellationToken).DirectionOf(message).IsDecodedByServer
                || symbols.HasAttribute(type, AttributeNames.Authorize)
                || symbols.HasAttribute(type, AttributeNames.AllowAnonymous)
                || type.Locations.Length == 0
                || ProtocolIndex.Of(symbols, context.CancellationToken).IsAuthorizedByHandler(type))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MissingAuthorization, type.Locations[0], type.Name));
        }
    }
}
