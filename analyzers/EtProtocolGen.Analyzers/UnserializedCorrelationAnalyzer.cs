using System.Collections.Immutable;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0009: a request whose <c>RpcId</c>, or a response whose <c>RpcId</c> or <c>Error</c>, is not a <c>[Field]</c> the
    /// message declares itself: without <c>[Field]</c>, inherited from a base class, or implemented explicitly. It compiles, and
    /// it is never sent: responses never find their requests, and failures read as success (MessagePack reports a member
    /// without a key the same way, MsgPack004).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnserializedCorrelationAnalyzer : ProtocolAnalyzer
    {
        /// <summary>The diagnostic property naming the member the code fix gives a [Field].</summary>
        public const string MemberProperty = "Member";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.UnserializedCorrelation);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols) =>
            context.RegisterSymbolAction(symbolContext => Analyze(symbolContext, symbols), SymbolKind.NamedType);

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!symbols.TryGetMessage(type, out _) || type.Locations.Length == 0)
            {
                return;
            }

            INamedTypeSymbol? request = FindContract(type, RuntimeTypes.Request);
            INamedTypeSymbol? response = FindContract(type, RuntimeTypes.Response);
            if (request is not null)
            {
                Check(context, symbols, type, request, "RpcId", "request", "so its response can never be matched to it");
            }

            if (response is not null)
            {
                if (request is null)
                {
                    Check(context, symbols, type, response, "RpcId", "response", "so the peer can never match it to its request");
                }

                Check(context, symbols, type, response, "Error", "response", "so the peer reads every error as 0, success");
            }
        }

        private static INamedTypeSymbol? FindContract(INamedTypeSymbol type, string name)
        {
            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                if (RuntimeTypes.Is(implemented, name, 0))
                {
                    return implemented;
                }
            }

            return null;
        }

        private static void Check(SymbolAnalysisContext context, ProtocolSymbols symbols, INamedTypeSymbol message, INamedTypeSymbol contract, string name, string kind, string consequence)
        {
            ISymbol? contractMember = null;
            foreach (ISymbol candidate in contract.GetMembers(name))
            {
                contractMember = candidate as IPropertySymbol;
            }

            if (contractMember is null || message.FindImplementationForInterfaceMember(contractMember) is not IPropertySymbol implementation)
            {
                return;
            }

            string? reason;
            if (!implementation.ExplicitInterfaceImplementations.IsEmpty)
            {
                reason = "an explicit interface implementation cannot be a [Field]; declare a public property '" + name + "' with [Field]";
            }
            else if (!SymbolEqualityComparer.Default.Equals(implementation.ContainingType, message))
            {
                reason = "it is declared in '" + implementation.ContainingType.Name + "', and a message serializes only the [Field] members it declares itself; declare '" + name + "' with [Field] in '" + message.Name + "'";
            }
            else if (!symbols.HasAttribute(implementation, AttributeNames.Field))
            {
                reason = "it has no [Field], " + consequence;
            }
            else
            {
                return;
            }

            bool own = SymbolEqualityComparer.Default.Equals(implementation.ContainingType, message) && implementation.Locations.Length > 0 && implementation.Locations[0].IsInSource;
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnserializedCorrelation,
                own ? implementation.Locations[0] : message.Locations[0],
                ImmutableDictionary<string, string?>.Empty.Add(MemberProperty, own && implementation.ExplicitInterfaceImplementations.IsEmpty ? name : null),
                implementation.ExplicitInterfaceImplementations.IsEmpty ? implementation.Name : contract.Name + "." + name,
                contract.Name + "." + name,
                kind,
                message.Name,
                reason));
        }
    }
}
