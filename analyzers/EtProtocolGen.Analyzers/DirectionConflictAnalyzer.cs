using System.Collections.Immutable;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0112: a message whose direction contradicts it, by the generator's <see cref="MessageDirections"/>: a declared
    /// <c>Direction</c> its ET-style name says the opposite of, a <c>Direction</c> on an inner message, or a request whose
    /// [ResponseType] is found travelling the same way as the request instead of back.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DirectionConflictAnalyzer : ProtocolAnalyzer
    {
        private const string DirectionArgument = "Direction";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.DirectionConflict);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols) =>
            context.RegisterSymbolAction(symbolContext => Analyze(symbolContext, symbols), SymbolKind.NamedType);

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!symbols.TryGetMessage(type, out ProtocolMessage message) || type.Locations.Length == 0)
            {
                return;
            }

            if (MessageDirections.FindConflict(message.IsInner, message.DeclaredDirection, type.Name) is { } conflict)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.DirectionConflict,
                    AttributeLocations.NamedArgument(message.Attribute, DirectionArgument, context.CancellationToken) ?? type.Locations[0],
                    type.Name,
                    conflict));
            }

            if (message.IsInner
                || !symbols.IsRequest(type)
                || symbols.FindAttribute(type, AttributeNames.ResponseType) is not { } responseType
                || responseType.ConstructorArguments.Length != 1
                || !symbols.TryGetMessage(responseType.ConstructorArguments[0].Value as ITypeSymbol, out ProtocolMessage response)
                || response.IsInner)
            {
                return;
            }

            DirectionIndex directions = DirectionIndex.Of(symbols, context.CancellationToken);
            WireDirection requestDirection = directions.DirectionOf(message).Direction;
            MessageDirectionModel responseDirection = directions.DirectionOf(response);
            if (MessageDirections.FindResponseConflict(requestDirection, response.Type.Name, responseDirection.Direction) is { } responseConflict)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.DirectionConflict,
                    AttributeLocations.FirstArgument(responseType, context.CancellationToken) ?? type.Locations[0],
                    type.Name,
                    responseConflict));
            }
        }
    }
}
