using System.Collections.Immutable;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// A string, bytes or collection field that nothing bounds: no [MaxLength] and no default of its kind in
    /// <c>[assembly: ProtocolLimits]</c>. ETP0101 when the server decodes the message from clients (client to server, or both
    /// ways), ETP0111 when only clients decode it (server to client), by the direction <see cref="DirectionIndex"/> gives it.
    /// Inner messages travel between servers and are not checked.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnboundedFieldAnalyzer : ProtocolAnalyzer
    {
        /// <summary>The diagnostic property that tells the code fix what kind of length the field has.</summary>
        public const string LengthKindProperty = "LengthKind";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.UnboundedField, DiagnosticDescriptors.UnboundedServerField);

        private protected override bool AnalyzesProtoMessages => true;

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols) =>
            RegisterMessageAction(context, symbolContext => Analyze(symbolContext, symbols));

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!symbols.TryGetMessage(type, out ProtocolMessage message) || message.IsInner)
            {
                return;
            }

            MessageDirectionModel direction = DirectionIndex.Of(symbols, context.CancellationToken).DirectionOf(message);
            DiagnosticDescriptor? descriptor = direction.IsDecodedByServer ? DiagnosticDescriptors.UnboundedField
                : direction.IsDecodedByClients ? DiagnosticDescriptors.UnboundedServerField
                : null;
            if (descriptor is null)
            {
                return;
            }

            foreach (ProtocolField field in symbols.GetFields(type))
            {
                LengthKind kind = FieldTypes.GetLengthKind(field);
                if (kind == LengthKind.None
                    || symbols.HasAttribute(field.Symbol, AttributeNames.MaxLength)
                    || symbols.Limits.DefaultLengthLimit(kind) > 0)
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    descriptor,
                    field.Location,
                    ImmutableDictionary<string, string?>.Empty.Add(LengthKindProperty, kind.ToString()),
                    field.Name,
                    type.Name,
                    Describe(kind)));
            }
        }

        private static string Describe(LengthKind kind) => kind switch
        {
            LengthKind.String => "string",
            LengthKind.Bytes => "bytes",
            _ => "collection",
        };
    }
}
