using System.Collections.Immutable;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0005: a request without [ResponseType], or a request handler whose response type differs
    /// from the one its request declares.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ResponseTypeAnalyzer : ProtocolAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.ResponseType);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols) =>
            context.RegisterSymbolAction(symbolContext => Analyze(symbolContext, symbols), SymbolKind.NamedType);

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (type.Locations.Length == 0)
            {
                return;
            }

            if (symbols.TryGetMessage(type, out _)
                && symbols.IsRequest(type)
                && !symbols.HasAttribute(type, AttributeNames.ResponseType))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ResponseType, type.Locations[0], type.Name, "has no [ResponseType]; declare the message its handler sends back"));
            }

            foreach (HandlerBinding binding in symbols.GetHandlerBindings(type))
            {
                if (binding.Response is null
                    || binding.Response.TypeKind == TypeKind.Error
                    || symbols.FindAttribute(binding.Message.OriginalDefinition, AttributeNames.ResponseType) is not { } attribute
                    || attribute.ConstructorArguments.Length != 1
                    || attribute.ConstructorArguments[0].Value is not ITypeSymbol declared
                    || declared.TypeKind == TypeKind.Error
                    || SymbolEqualityComparer.Default.Equals(declared, binding.Response))
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ResponseType,
                    type.Locations[0],
                    binding.Message.Name,
                    "declares [ResponseType(typeof(" + declared.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "))], but handler '"
                        + type.Name + "' answers it with '" + binding.Response.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "'"));
            }
        }
    }
}
