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

            if (symbols.TryGetMessage(type, out _) && symbols.IsRequest(type))
            {
                if (symbols.FindAttribute(type, AttributeNames.ResponseType) is not { } responseType)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.ResponseType, type.Locations[0], type.Name, "has no [ResponseType]; declare the message its handler sends back"));
                }
                else if (DescribeWrongResponse(responseType, symbols) is { } problem)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.ResponseType, AttributeLocations.FirstArgument(responseType, context.CancellationToken) ?? type.Locations[0], type.Name, problem));
                }
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

        /// <summary>Why the declared response cannot answer the request, or null when it can (or does not bind yet).</summary>
        private static string? DescribeWrongResponse(AttributeData responseType, ProtocolSymbols symbols)
        {
            if (responseType.ConstructorArguments.Length != 1
                || responseType.ConstructorArguments[0].Value is not ITypeSymbol declared
                || declared.TypeKind == TypeKind.Error)
            {
                return null;
            }

            string declaration = "declares [ResponseType(typeof(" + declared.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "))], but '" + declared.Name + "'";
            if (symbols.IsRequest(declared))
            {
                return declaration + " is a request; name the response message the handler answers with";
            }

            if (!symbols.IsResponse(declared))
            {
                return declaration + " does not implement IResponse, so it cannot carry the RpcId and Error of an answer";
            }

            if (!symbols.TryGetMessage(declared, out _))
            {
                return declaration + " is not a [Message] type, so it has no opcode and no serializer";
            }

            return null;
        }
    }
}
