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
        /// <summary>Diagnostic property: which fix applies, <see cref="RemoveDirection"/> or <see cref="DeclareOnResponse"/>; absent when none is obvious.</summary>
        public const string FixProperty = "Fix";

        /// <summary>Diagnostic property: for <see cref="DeclareOnResponse"/>, the <c>MessageDirection</c> member the response should declare.</summary>
        public const string DirectionProperty = "Direction";

        /// <summary>The fix of a Direction on an inner message: remove it.</summary>
        public const string RemoveDirection = "RemoveDirection";

        /// <summary>The fix of a response found travelling the way of its request: declare the way back on the response.</summary>
        public const string DeclareOnResponse = "DeclareOnResponse";

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
                    message.IsInner ? ImmutableDictionary<string, string?>.Empty.Add(FixProperty, RemoveDirection) : ImmutableDictionary<string, string?>.Empty,
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
                // Declaring is the obvious fix only where nothing is declared yet: a declared direction is the author's word.
                ImmutableDictionary<string, string?> properties = response.DeclaredDirection == WireDirection.None
                    ? ImmutableDictionary<string, string?>.Empty.Add(FixProperty, DeclareOnResponse).Add(DirectionProperty, MessageDirections.Back(requestDirection).ToString())
                    : ImmutableDictionary<string, string?>.Empty;
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.DirectionConflict,
                    AttributeLocations.FirstArgument(responseType, context.CancellationToken) ?? type.Locations[0],
                    properties,
                    type.Name,
                    responseConflict));
            }
        }
    }
}
