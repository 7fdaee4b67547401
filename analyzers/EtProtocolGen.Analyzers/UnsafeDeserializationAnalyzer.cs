using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using EtProtocolGen.Analyzers.Model;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0107, the ET threat "insecure deserialization via a custom codec". Anywhere in a project that references the runtime
    /// (a codec helper is rarely a message or a handler): deserializers that let the payload choose the types they create
    /// (BinaryFormatter and every other IFormatter, Newtonsoft <c>TypeNameHandling</c> other than None, MessagePack's
    /// Typeless API and resolvers), a deserializer given a type chosen at run time, and <c>Type.GetType</c> /
    /// <c>Activator.CreateInstance</c> on a type name read from input. In protocol code (messages, handlers and types nested
    /// in them), also reinterpreting message bytes as structs: <c>MemoryMarshal</c>, <c>Unsafe</c>, <c>Marshal.PtrToStructure</c>
    /// and pointer casts. Each unsafe call is reported once, at the call.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnsafeDeserializationAnalyzer : ProtocolAnalyzer
    {
        private const string UseGenerated = "decode with the generated Parse/TryParse";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.UnsafeDeserialization);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols)
        {
            var known = new DeserializationApis(context.Compilation);

            context.RegisterOperationAction(c => AnalyzeInvocation(c, known, symbols), OperationKind.Invocation);
            context.RegisterOperationAction(c => AnalyzeCreation(c, known), OperationKind.ObjectCreation);
            context.RegisterOperationAction(c => AnalyzeTypeNameHandling(c, known), OperationKind.FieldReference, OperationKind.Conversion);
            context.RegisterOperationAction(c => AnalyzeTypelessResolver(c, known), OperationKind.PropertyReference, OperationKind.FieldReference);

            // Reinterpreting bytes is how a decoder is written for trusted data too: only protocol code sees a peer's bytes.
            context.RegisterSymbolStartAction(
                symbolStart =>
                {
                    if (!symbols.IsProtocolCode((INamedTypeSymbol)symbolStart.Symbol))
                    {
                        return;
                    }

                    symbolStart.RegisterOperationAction(c => AnalyzeReinterpretation(c, known), OperationKind.Invocation);
                    symbolStart.RegisterOperationAction(c => AnalyzePointerCast(c), OperationKind.Conversion);
                },
                SymbolKind.NamedType);
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, DeserializationApis known, ProtocolSymbols symbols)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            INamedTypeSymbol containing = method.ContainingType;
            string call = containing.Name + "." + method.Name;
            bool deserializes = method.Name.StartsWith("Deserialize", StringComparison.Ordinal) || method.Name.StartsWith("UnsafeDeserialize", StringComparison.Ordinal);

            if (deserializes && known.IsFormatter(containing))
            {
                Report(context, call, containing.Name + " creates whatever types the payload names; " + UseGenerated);
            }
            else if (deserializes && SymbolEqualityComparer.Default.Equals(containing, known.TypelessSerializer))
            {
                Report(context, "MessagePackSerializer.Typeless." + method.Name, "typeless MessagePack writes type names into the payload and creates them on read; " + UseGenerated);
            }
            else if (deserializes && known.TakesRuntimeType(method) && FindRuntimeTypeArgument(invocation) is { } type)
            {
                Report(context, call + "(..., " + type.Syntax + ")", "the payload becomes whatever type is chosen at run time; deserialize a type fixed in the code, or " + UseGenerated);
            }
            else if (known.LoadsTypeByName(method) && FindTypeNameArgument(invocation) is { } name && IsFromInput(name, symbols, context.ContainingSymbol))
            {
                Report(context, call + "(" + name.Syntax + ")", "the name comes from input, so the sender chooses which type is loaded or created; map the names you accept to types in code");
            }
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, DeserializationApis known)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Type is INamedTypeSymbol type && known.IsRuntimeTypeSerializer(type) && FindRuntimeTypeArgument(creation) is { } argument)
            {
                Report(context, "new " + type.Name + "(" + argument.Syntax + ")", "a serializer for a type chosen at run time reads whatever that type lets the payload create; construct it with typeof of a type fixed in the code");
            }
        }

        private static void AnalyzeTypeNameHandling(OperationAnalysisContext context, DeserializationApis known)
        {
            if (known.TypeNameHandling is null)
            {
                return;
            }

            switch (context.Operation)
            {
                case IFieldReferenceOperation reference
                    when SymbolEqualityComparer.Default.Equals(reference.Field.ContainingType, known.TypeNameHandling) && reference.Field.Name != "None":
                    Report(context, "TypeNameHandling." + reference.Field.Name, "JSON that names its own types lets the sender create arbitrary objects; use TypeNameHandling.None");
                    break;
                case IConversionOperation conversion
                    when SymbolEqualityComparer.Default.Equals(conversion.Type, known.TypeNameHandling)
                        && conversion.Operand.Kind == OperationKind.Literal
                        && conversion.Operand.ConstantValue is { HasValue: true, Value: int value }
                        && value != 0:
                    Report(context, "TypeNameHandling " + value, "JSON that names its own types lets the sender create arbitrary objects; use TypeNameHandling.None");
                    break;
            }
        }

        private static void AnalyzeTypelessResolver(OperationAnalysisContext context, DeserializationApis known)
        {
            ISymbol? member = context.Operation switch
            {
                IPropertyReferenceOperation property => property.Property,
                IFieldReferenceOperation field => field.Field,
                _ => null,
            };
            if (member is { IsStatic: true } && known.IsTypelessResolver(member.ContainingType))
            {
                Report(context, member.ContainingType.Name + "." + member.Name, "a typeless resolver writes type names into the payload and creates them on read; use a resolver for known types, or " + UseGenerated);
            }
        }

        private static void AnalyzeReinterpretation(OperationAnalysisContext context, DeserializationApis known)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            INamedTypeSymbol containing = method.ContainingType;
            string call = containing.Name + "." + method.Name;

            if (SymbolEqualityComparer.Default.Equals(containing, known.MemoryMarshal)
                && method.Name is "Cast" or "Read" or "TryRead" or "AsRef"
                && !(method.Name == "Cast" && method.TypeArguments.Length == 2 && method.TypeArguments[0].SpecialType != SpecialType.System_Byte))
            {
                Report(context, call, "reinterpreting message bytes as a struct skips bounds, endianness and validity checks; read fields with the generated decoder or BinaryPrimitives");
            }
            else if (SymbolEqualityComparer.Default.Equals(containing, known.Unsafe) && method.Name is "As" or "AsRef" or "Read" or "ReadUnaligned")
            {
                Report(context, call, "reinterpreting message data with Unsafe skips type, bounds and validity checks; read fields with the generated decoder or BinaryPrimitives");
            }
            else if (SymbolEqualityComparer.Default.Equals(containing, known.Marshal) && method.Name == "PtrToStructure")
            {
                Report(context, call, "copying raw bytes into a struct skips bounds and validity checks; read fields with the generated decoder or BinaryPrimitives");
            }
        }

        /// <summary>A byte (or void) pointer cast to a pointer of another type: <c>*(Header*)bytes</c>.</summary>
        private static void AnalyzePointerCast(OperationAnalysisContext context)
        {
            var conversion = (IConversionOperation)context.Operation;
            if (conversion.Type is IPointerTypeSymbol { PointedAtType: var target }
                && conversion.Operand.Type is IPointerTypeSymbol { PointedAtType: var source }
                && source.SpecialType is SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Void
                && target.SpecialType is not (SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Void))
            {
                Report(context, "(" + conversion.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ")", "reading message bytes through a struct pointer skips bounds, endianness and validity checks; read fields with the generated decoder or BinaryPrimitives");
            }
        }

        /// <summary>The <c>Type</c> argument that is not a <c>typeof</c> of a type fixed in the code, or null.</summary>
        private static IOperation? FindRuntimeTypeArgument(IOperation call)
        {
            ImmutableArray<IArgumentOperation> arguments = call switch
            {
                IInvocationOperation invocation => invocation.Arguments,
                IObjectCreationOperation creation => creation.Arguments,
                _ => ImmutableArray<IArgumentOperation>.Empty,
            };
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter?.Type is { Name: "Type", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
                    && OperationValues.WithoutConversions(argument.Value) is var value
                    && value is not ITypeOfOperation
                    && value.ConstantValue is not { HasValue: true, Value: null })
                {
                    return value;
                }
            }

            return null;
        }

        /// <summary>The type-name argument of <c>Type.GetType</c>, <c>Assembly.GetType</c> or <c>Activator.CreateInstance(assembly, type)</c>.</summary>
        private static IOperation? FindTypeNameArgument(IInvocationOperation invocation)
        {
            IOperation? found = null;
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter is { Type.SpecialType: SpecialType.System_String } parameter && parameter.Name is "typeName" or "name")
                {
                    found = OperationValues.WithoutConversions(argument.Value);
                }
            }

            return found is { ConstantValue.HasValue: false } ? found : null;
        }

        /// <summary>
        /// True when <paramref name="value"/> comes from what a peer sent: any non-constant in protocol code; elsewhere a member of
        /// a decoded message, text decoded from bytes or a stream, or a local assigned from one of those in the same method.
        /// </summary>
        private static bool IsFromInput(IOperation value, ProtocolSymbols symbols, ISymbol? containingSymbol)
        {
            for (ISymbol? current = containingSymbol; current is not null; current = current.ContainingSymbol)
            {
                if (current is INamedTypeSymbol type && symbols.IsProtocolCode(type))
                {
                    return true;
                }
            }

            return Derives(value, symbols, depth: 0);
        }

        private static bool Derives(IOperation value, ProtocolSymbols symbols, int depth)
        {
            if (depth > 4)
            {
                return false;
            }

            foreach (IOperation part in value.DescendantsAndSelf())
            {
                switch (part)
                {
                    case IPropertyReferenceOperation { Instance.Type: { } owner } when symbols.TryGetMessage(owner, out _):
                    case IFieldReferenceOperation { Instance.Type: { } fieldOwner } when symbols.TryGetMessage(fieldOwner, out _):
                        return true;
                    case IInvocationOperation invocation when DecodesText(invocation.TargetMethod):
                        return true;
                    case ILocalReferenceOperation local when part.SemanticModel is { } model:
                        foreach (SyntaxReference reference in local.Local.DeclaringSyntaxReferences)
                        {
                            SyntaxNode? body = reference.GetSyntax().FirstAncestorOrSelf<SyntaxNode>(node => node is Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.AnonymousFunctionExpressionSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.LocalFunctionStatementSyntax);
                            if (body is null || model.GetOperation(body) is not { } bodyOperation)
                            {
                                continue;
                            }

                            foreach (IOperation assigned in bodyOperation.DescendantsAndSelf())
                            {
                                IOperation? source = assigned switch
                                {
                                    IVariableDeclaratorOperation { Initializer: { } initializer } declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local) => initializer.Value,
                                    ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local.Local) => assignment.Value,
                                    _ => null,
                                };
                                if (source is not null && Derives(source, symbols, depth + 1))
                                {
                                    return true;
                                }
                            }
                        }

                        break;
                }
            }

            return false;
        }

        /// <summary>Reads text out of bytes or a stream: Encoding.GetString, BinaryReader.ReadString, TextReader.ReadLine/ReadToEnd.</summary>
        private static bool DecodesText(IMethodSymbol method)
        {
            for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.BaseType)
            {
                string name = type.ToDisplayString();
                if ((name == "System.Text.Encoding" && method.Name == "GetString")
                    || (name == "System.IO.BinaryReader" && method.Name == "ReadString")
                    || (name == "System.IO.TextReader" && method.Name.StartsWith("Read", StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            return false;
        }

        private static void Report(OperationAnalysisContext context, string what, string why) =>
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnsafeDeserialization, context.Operation.Syntax.GetLocation(), what, why));
    }
}
