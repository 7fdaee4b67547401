using System.Collections.Immutable;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0004: a [Field] the generator cannot serialize, decided by the generator's own
    /// <see cref="FieldTypeClassifier"/>: a type with no protobuf mapping, an encoding that does not
    /// apply to the type, a member the decoder cannot assign, or a field number protobuf does not allow.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnsupportedFieldAnalyzer : ProtocolAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.UnsupportedField);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols) =>
            context.RegisterSymbolAction(symbolContext => Analyze(symbolContext, symbols), SymbolKind.NamedType);

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!symbols.TryGetMessage(type, out _))
            {
                return;
            }

            foreach (ProtocolField field in symbols.GetFields(type))
            {
                if (field.Number is int number && !FieldTypeClassifier.IsValidFieldNumber(number))
                {
                    Report(context, field.NumberLocation, field, type, "field number " + number + " is outside 1.." + FieldTypeClassifier.MaxFieldNumber
                        + " or inside " + FieldTypeClassifier.FirstReservedFieldNumber + ".." + FieldTypeClassifier.LastReservedFieldNumber + ", which protobuf reserves");
                }

                if (field.Type.TypeKind == TypeKind.Error)
                {
                    continue;
                }

                string? problem = FindTypeProblem(field);
                if (problem is not null)
                {
                    Report(context, field.Location, field, type, problem);
                }
            }
        }

        private static string? FindTypeProblem(ProtocolField field)
        {
            if (!FieldTypeClassifier.TryGetMemberType(field.Symbol, out ITypeSymbol memberType))
            {
                return "the generated decoder must read and assign it by name; use an instance property with get and set (not init, not an explicit interface implementation), or an instance field that is not readonly";
            }

            string typeName = memberType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
            WireSurrogateMap surrogates = WireSurrogates.Of(field.Symbol.ContainingAssembly);
            if (!FieldTypeClassifier.TryClassify(memberType, surrogates, out FieldTypeInfo info))
            {
                return SurrogateProblem(memberType, surrogates)
                    ?? "type '" + typeName + "' has no protobuf mapping; use a number, bool, enum, string, byte[], ReadOnlyMemory<byte>, a [Message] type, "
                        + "a T? of a scalar, or a List<T>, T[] or Dictionary<K, V> of those; map an engine type (a struct such as float3) to a [Message] of your own "
                        + "with [assembly: WireSurrogate]";
            }

            int encoding = ReadEncoding(field.Attribute);
            if (!FieldTypeClassifier.IsEncodingSupported(info.ValueKind, encoding))
            {
                return "Encoding = " + DescribeEncoding(encoding) + " does not apply to '" + typeName + "'; ZigZag applies to signed integers, Fixed to integers";
            }

            return null;
        }

        /// <summary>Why the engine-type mapping of the field's type (or of its element or map value type) cannot be used, or null.</summary>
        private static string? SurrogateProblem(ITypeSymbol memberType, WireSurrogateMap surrogates)
        {
            ITypeSymbol value = memberType switch
            {
                IArrayTypeSymbol array => array.ElementType,
                INamedTypeSymbol { IsGenericType: true } generic => generic.TypeArguments[generic.TypeArguments.Length - 1],
                _ => memberType,
            };

            return surrogates.TryGet(value, out WireSurrogate mapping) && mapping.Problem is { } problem
                ? "the [assembly: WireSurrogate] of '" + value.Name + "' cannot be used: " + problem
                : null;
        }

        private static int ReadEncoding(AttributeData attribute)
        {
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Encoding" && named.Value.Value is int encoding)
                {
                    return encoding;
                }
            }

            return RuntimeContract.FieldEncoding.Default;
        }

        private static string DescribeEncoding(int encoding) => encoding switch
        {
            RuntimeContract.FieldEncoding.ZigZag => "FieldEncoding.ZigZag",
            RuntimeContract.FieldEncoding.Fixed => "FieldEncoding.Fixed",
            _ => "(FieldEncoding)" + encoding,
        };

        private static void Report(SymbolAnalysisContext context, Location location, ProtocolField field, INamedTypeSymbol type, string problem) =>
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnsupportedField, location, field.Name, type.Name, problem));
    }
}
