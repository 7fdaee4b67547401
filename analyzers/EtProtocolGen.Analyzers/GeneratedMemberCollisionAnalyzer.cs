using System.Collections.Immutable;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0007: a member of a message, or one it inherits, that collides with a member the generator adds (a forwarding
    /// envelope's <c>[Field(1)] public ushort Opcode</c> is the usual one). The check is the generator's own
    /// <see cref="GeneratedMembers"/>, which makes it skip the message; the generator's members themselves are told apart
    /// by the file they come from.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class GeneratedMemberCollisionAnalyzer : ProtocolAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.GeneratedMemberCollision);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols) =>
            context.RegisterSymbolAction(symbolContext => Analyze(symbolContext, symbols), SymbolKind.NamedType);

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!symbols.TryGetMessage(type, out _) || type.Locations.Length == 0)
            {
                return;
            }

            foreach ((ISymbol member, string signature) in GeneratedMembers.FindCollisions(type, GeneratedSources.IsFromMessageGenerator))
            {
                bool inherited = !SymbolEqualityComparer.Default.Equals(member.ContainingType, type);
                Location location = !inherited && member.Locations.Length > 0 && member.Locations[0].IsInSource ? member.Locations[0] : type.Locations[0];
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.GeneratedMemberCollision,
                    location,
                    member.Name,
                    inherited ? "inherited from '" + member.ContainingType.Name + "'" : "of message '" + type.Name + "'",
                    signature,
                    type.Name));
            }
        }
    }
}
