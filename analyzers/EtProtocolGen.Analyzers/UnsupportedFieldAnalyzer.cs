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
            if (!FieldTypeClassifier.TryClassify(memberType, out FieldTypeInfo info))
            {
                return "type '" + typeName + "' has no protobuf mapping; use a number, bool, enum, string, byte[], ReadOnlyMemory<byte>, a [Message] type, "
                    + "a T? of a scalar, or a List<T>, T[] or Dictionary<K, V> of those";
            }

            int encoding = ReadEncoding(field.Attribute);
            if (!FieldTypeClassifier.IsEncodingSupported(info.ValueKind, encoding))
            {
                return "Encoding = " + DescribeEncoding(encoding) + " does not apply to '" + typeName + "'; ZigZag applies to signed integers, Fixed to integers";
            }

            return null;
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
