using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using EtProtocolGen.Analyzers.Model;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0107: unsafe deserialization inside protocol code (message types, handlers and types nested
    /// in them): type-embedding formatters (BinaryFormatter and every other IFormatter, LosFormatter,
    /// ObjectStateFormatter...), Newtonsoft <c>TypeNameHandling</c> other than None, and reinterpreting
    /// bytes with <c>MemoryMarshal</c> or <c>Unsafe</c>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnsafeDeserializationAnalyzer : ProtocolAnalyzer
    {
        private static readonly ImmutableArray<string> FormatterTypeNames = ImmutableArray.Create(
            "System.Runtime.Serialization.Formatters.Binary.BinaryFormatter",
            "System.Runtime.Serialization.Formatters.Soap.SoapFormatter",
            "System.Runtime.Serialization.NetDataContractSerializer",
            "System.Web.UI.LosFormatter",
            "System.Web.UI.ObjectStateFormatter");

        private static readonly ImmutableHashSet<string> MemoryMarshalMethods = ImmutableHashSet.Create("Cast", "Read", "TryRead", "AsRef");

        private static readonly ImmutableHashSet<string> UnsafeMethods = ImmutableHashSet.Create("As", "AsRef", "Read", "ReadUnaligned");

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.UnsafeDeserialization);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols)
        {
            var known = new KnownApis(context.Compilation);
            if (!known.Any)
            {
                return;
            }

            context.RegisterSymbolStartAction(
                symbolStart =>
                {
                    if (!symbols.IsProtocolCode((INamedTypeSymbol)symbolStart.Symbol))
                    {
                        return;
                    }

                    symbolStart.RegisterOperationAction(c => AnalyzeCreation(c, known), OperationKind.ObjectCreation);
                    symbolStart.RegisterOperationAction(c => AnalyzeInvocation(c, known), OperationKind.Invocation);
                    symbolStart.RegisterOperationAction(c => AnalyzeTypeNameHandling(c, known), OperationKind.FieldReference, OperationKind.Conversion);
                },
                SymbolKind.NamedType);
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, KnownApis known)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Type is INamedTypeSymbol type && known.IsFormatter(type))
            {
                Report(context, "new " + type.Name + "()", type.Name + " lets the sender choose which types are created; decode with the generated Parse/TryParse");
            }
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, KnownApis known)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            INamedTypeSymbol containing = method.ContainingType;
            string call = containing.Name + "." + method.Name;

            if (method.Name.StartsWith("Deserialize", StringComparison.Ordinal) || method.Name.StartsWith("UnsafeDeserialize", StringComparison.Ordinal))
            {
                if (known.IsFormatter(containing))
                {
                    Report(context, call, containing.Name + " deserialization creates whatever types the payload names; decode with the generated Parse/TryParse");
                }

                return;
            }

            if (SymbolEqualityComparer.Default.Equals(containing, known.MemoryMarshal)
                && MemoryMarshalMethods.Contains(method.Name)
                && !(method.Name == "Cast" && method.TypeArguments.Length == 2 && method.TypeArguments[0].SpecialType != SpecialType.System_Byte))
            {
                Report(context, call, "reinterpreting message bytes as a struct skips bounds, endianness and validity checks; read fields with the generated decoder or BinaryPrimitives");
            }
            else if (SymbolEqualityComparer.Default.Equals(containing, known.Unsafe) && UnsafeMethods.Contains(method.Name))
            {
                Report(context, call, "reinterpreting message data with Unsafe skips type, bounds and validity checks; read fields with the generated decoder or BinaryPrimitives");
            }
        }

        private static void AnalyzeTypeNameHandling(OperationAnalysisContext context, KnownApis known)
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

        private static void Report(OperationAnalysisContext context, string what, string why) =>
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnsafeDeserialization, context.Operation.Syntax.GetLocation(), what, why));

        /// <summary>The unsafe APIs this compilation can see; those it cannot see stay null and are never matched.</summary>
        private sealed class KnownApis
        {
            private readonly ImmutableArray<INamedTypeSymbol> formatters;
            private readonly INamedTypeSymbol? formatterInterface;

            public KnownApis(Compilation compilation)
            {
                ImmutableArray<INamedTypeSymbol>.Builder formatterTypes = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
                foreach (string name in FormatterTypeNames)
                {
                    if (compilation.GetTypeByMetadataName(name) is { } type)
                    {
                        formatterTypes.Add(type);
                    }
                }

                formatters = formatterTypes.ToImmutable();
                formatterInterface = compilation.GetTypeByMetadataName("System.Runtime.Serialization.IFormatter");
                MemoryMarshal = compilation.GetTypeByMetadataName("System.Runtime.InteropServices.MemoryMarshal");
                Unsafe = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.Unsafe");
                TypeNameHandling = compilation.GetTypeByMetadataName("Newtonsoft.Json.TypeNameHandling");
            }

            public INamedTypeSymbol? MemoryMarshal { get; }

            public INamedTypeSymbol? Unsafe { get; }

            public INamedTypeSymbol? TypeNameHandling { get; }

            public bool Any => !formatters.IsEmpty || formatterInterface is not null || MemoryMarshal is not null || Unsafe is not null || TypeNameHandling is not null;

            public bool IsFormatter(INamedTypeSymbol type)
            {
                if (SymbolEqualityComparer.Default.Equals(type, formatterInterface))
                {
                    return true;
                }

                for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
                {
                    foreach (INamedTypeSymbol formatter in formatters)
                    {
                        if (SymbolEqualityComparer.Default.Equals(current, formatter))
                        {
                            return true;
                        }
                    }
                }

                if (formatterInterface is not null)
                {
                    foreach (INamedTypeSymbol implemented in type.AllInterfaces)
                    {
                        if (SymbolEqualityComparer.Default.Equals(implemented, formatterInterface))
                        {
                            return true;
                        }
                    }
                }

                return false;
            }
        }
    }
}
