using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0103: a handler of an outer message that clients send (<see cref="DirectionIndex"/>: not a server-to-client message,
    /// which a client's own handler receives) whose fields declare no validation and that implements
    /// no <c>OnValidate</c> hook. The diagnostic sits on the handler; its additional location is the
    /// message, where the code fix adds the hook.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnvalidatedHandlerAnalyzer : ProtocolAnalyzer
    {
        /// <summary>The name of the validation hook the generated <c>Validate()</c> calls.</summary>
        public const string ValidationHookName = "OnValidate";

        private const string LocationMessage = "ILocationMessage";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.UnvalidatedHandler);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols) =>
            context.RegisterSymbolAction(symbolContext => Analyze(symbolContext, symbols), SymbolKind.NamedType);

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols)
        {
            var handler = (INamedTypeSymbol)context.Symbol;
            if (handler.Locations.Length == 0)
            {
                return;
            }

            var reported = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            foreach (HandlerBinding binding in symbols.GetHandlerBindings(handler))
            {
                if (!symbols.TryGetMessage(binding.Message, out ProtocolMessage message)
                    || message.IsInner
                    || !DirectionIndex.Of(symbols, context.CancellationToken).DirectionOf(message).IsDecodedByServer
                    || !reported.Add(message.Type)
                    || !HasValidatableField(message.Type, symbols)
                    || HasValidation(message.Type, symbols, context.CancellationToken))
                {
                    continue;
                }

                Location? messageLocation = FirstSourceLocation(message.Type);
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.UnvalidatedHandler,
                    handler.Locations[0],
                    messageLocation is null ? null : new[] { messageLocation },
                    handler.Name,
                    message.Type.Name));
            }
        }

        /// <summary>
        /// True when a field of <paramref name="message"/> holds something a length or range rule could bound: a number, a string,
        /// bytes, a collection or a nested message. An empty message, or one of bools and enums only, has nothing to validate;
        /// nor has the <c>RpcId</c> of a request or a location message, the correlation number the RPC layer or the forwarder's
        /// acknowledgement echoes (ET's <c>C2G_Ping { RpcId }</c>, <c>C2M_Stop { RpcId }</c>).
        /// </summary>
        private static bool HasValidatableField(INamedTypeSymbol message, ProtocolSymbols symbols)
        {
            bool isRequest = RuntimeTypes.Implements(message, RuntimeTypes.Request) || RuntimeTypes.Implements(message, LocationMessage);
            foreach (ProtocolField field in symbols.GetFields(message))
            {
                if (isRequest && field.Name == "RpcId")
                {
                    continue;
                }

                if (!FieldTypes.Classify(field, out FieldTypeInfo info)
                    || info.ValueKind == FieldValueKind.Message
                    || ValidationRules.AppliesTo(ValidationRule.MaxLength, info.Shape, info.ValueKind)
                    || ValidationRules.AppliesTo(ValidationRule.Range, info.Shape, info.ValueKind))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasValidation(INamedTypeSymbol message, ProtocolSymbols symbols, CancellationToken cancellationToken)
        {
            // Only a rule the generated code enforces counts: one that does not apply to its field's type is ETP0016's, not validation.
            foreach (ProtocolField field in symbols.GetFields(message))
            {
                foreach (DeclaredValidation declared in DeclaredValidation.Read(field))
                {
                    if (declared.Problem == ValidationProblem.None)
                    {
                        return true;
                    }
                }
            }

            // A message compiled into a referenced assembly keeps its OnValidate hook private, and private members are not
            // imported from metadata: whether it validates cannot be seen from here, so it is not reported (no false alarm
            // on a shared protocol assembly). Its own project, where the hook is visible, is where ETP0103 applies.
            if (message.DeclaringSyntaxReferences.IsEmpty)
            {
                return true;
            }

            foreach (ISymbol member in message.GetMembers(ValidationHookName))
            {
                if (member is IMethodSymbol method
                    && (HasBody(method, cancellationToken) || (method.PartialImplementationPart is { } part && HasBody(part, cancellationToken))))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasBody(IMethodSymbol method, CancellationToken cancellationToken)
        {
            foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is MethodDeclarationSyntax { Body: not null } or MethodDeclarationSyntax { ExpressionBody: not null })
                {
                    return true;
                }
            }

            return false;
        }

        private static Location? FirstSourceLocation(INamedTypeSymbol type)
        {
            foreach (Location location in type.Locations)
            {
                if (location.IsInSource)
                {
                    return location;
                }
            }

            return null;
        }
    }
}
