using System.Collections.Immutable;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0008: a <c>[Field]</c> member of a type that is not a <c>[Message]</c>: a base class such as ET's <c>MessageObject</c>
    /// holding a shared <c>RpcId</c>, an interface, a helper struct. The generator serializes only the members a message
    /// declares itself, so the field silently never reaches the wire (protobuf-net reports annotations on a type that is not
    /// a contract the same way, PBN0009).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FieldOutsideMessageAnalyzer : ProtocolAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.FieldOutsideMessage);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols) =>
            context.RegisterSymbolAction(symbolContext => Analyze(symbolContext, symbols), SymbolKind.NamedType);

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (symbols.HasAttribute(type, AttributeNames.Message))
            {
                return;
            }

            string advice = type.TypeKind == TypeKind.Interface
                ? ""
                : ", or mark '" + type.Name + "' [Message] if it is a message of its own";
            foreach (ISymbol member in type.GetMembers())
            {
                if (member is (IPropertySymbol or IFieldSymbol) and { IsImplicitlyDeclared: false }
                    && member.Locations.Length > 0
                    && member.Locations[0].IsInSource
                    && symbols.HasAttribute(member, AttributeNames.Field))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FieldOutsideMessage, member.Locations[0], member.Name, type.Name, advice));
                }
            }
        }
    }
}
