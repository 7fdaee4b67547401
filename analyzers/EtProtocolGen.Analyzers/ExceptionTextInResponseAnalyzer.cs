using System.Collections.Immutable;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0108: exception text (<c>Message</c>, <c>StackTrace</c>, <c>ToString()</c>, or the exception
    /// itself formatted into a string) assigned to a member of a response, in a statement or in an
    /// object initializer.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ExceptionTextInResponseAnalyzer : ProtocolAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.ExceptionTextInResponse);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols)
        {
            INamedTypeSymbol? exception = context.Compilation.GetTypeByMetadataName("System.Exception");
            if (exception is null)
            {
                return;
            }

            context.RegisterOperationAction(c => Analyze(c, symbols, exception), OperationKind.SimpleAssignment);
        }

        private static void Analyze(OperationAnalysisContext context, ProtocolSymbols symbols, INamedTypeSymbol exception)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            (ISymbol? member, IOperation? instance) = assignment.Target switch
            {
                IPropertyReferenceOperation property => ((ISymbol)property.Property, property.Instance),
                IFieldReferenceOperation field => (field.Field, field.Instance),
                _ => (null, null),
            };
            if (member is null)
            {
                return;
            }

            ITypeSymbol? responseType = instance?.Type ?? member.ContainingType;
            if (responseType is null || !IsResponse(responseType, symbols))
            {
                return;
            }

            IOperation? text = FindExceptionText(assignment.Value, exception);
            if (text is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ExceptionTextInResponse,
                    assignment.Value.Syntax.GetLocation(),
                    text.Syntax.ToString(),
                    member.Name,
                    responseType.Name));
            }
        }

        /// <summary>
        /// A response type, IResponse itself, or a type parameter constrained to one (ET's generic handlers take a
        /// <c>TResponse : IResponse</c>; a type parameter has no interfaces of its own, its constraints have them).
        /// </summary>
        private static bool IsResponse(ITypeSymbol type, ProtocolSymbols symbols)
        {
            if (type is ITypeParameterSymbol parameter)
            {
                foreach (ITypeSymbol constraint in parameter.ConstraintTypes)
                {
                    if (IsResponse(constraint, symbols))
                    {
                        return true;
                    }
                }

                return false;
            }

            return symbols.IsResponse(type) || RuntimeTypes.Is(type, RuntimeTypes.Response, 0);
        }

        /// <summary>The first piece of <paramref name="value"/> that puts exception text into a string, or null.</summary>
        internal static IOperation? FindExceptionText(IOperation value, INamedTypeSymbol exception)
        {
            foreach (IOperation operation in value.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IPropertyReferenceOperation { Property.Name: "Message" or "StackTrace" } property
                        when IsException(property.Instance?.Type, exception):
                        return operation;
                    case IInvocationOperation { TargetMethod.Name: "ToString" } invocation
                        when IsException(invocation.Instance?.Type, exception):
                        return operation;
                    case IInterpolationOperation interpolation
                        when IsException(OperationValues.WithoutConversions(interpolation.Expression).Type, exception):
                        return interpolation.Expression;
                    // string.Format("{0}", ex), string.Concat(prefix, ex), string.Join(", ", ex, other): ToString() on the exception.
                    case IInvocationOperation { TargetMethod: { ContainingType.SpecialType: SpecialType.System_String, Name: "Format" or "Concat" or "Join" } } formatting:
                        foreach (IArgumentOperation argument in formatting.Arguments)
                        {
                            foreach (IOperation part in argument.Value is IArrayCreationOperation { Initializer: { } array } ? array.ElementValues : ImmutableArray.Create(argument.Value))
                            {
                                if (IsException(OperationValues.WithoutConversions(part).Type, exception))
                                {
                                    return OperationValues.WithoutConversions(part);
                                }
                            }
                        }

                        break;
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                        if (IsException(OperationValues.WithoutConversions(concatenation.LeftOperand).Type, exception))
                        {
                            return concatenation.LeftOperand;
                        }

                        if (IsException(OperationValues.WithoutConversions(concatenation.RightOperand).Type, exception))
                        {
                            return concatenation.RightOperand;
                        }

                        break;
                }
            }

            return null;
        }

        private static bool IsException(ITypeSymbol? type, INamedTypeSymbol exception)
        {
            for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, exception))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
