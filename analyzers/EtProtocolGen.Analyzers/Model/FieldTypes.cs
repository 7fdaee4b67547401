using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>
    /// What the security analyzers need to know about a field type, read from the generator's
    /// <see cref="FieldTypeClassifier"/> so that analyzers and generator see the same shapes. Types the
    /// classifier rejects are ETP0004's business and look like plain values here.
    /// </summary>
    internal static class FieldTypes
    {
        /// <summary>What [MaxLength] would count for a field of this type, by the generator's <see cref="ValidationRules"/>.</summary>
        public static LengthKind GetLengthKind(ProtocolField field) =>
            Classify(field, out FieldTypeInfo info) ? ValidationRules.LengthKindOf(info.Shape, info.ValueKind) : LengthKind.None;

        /// <summary>
        /// The message type a field carries: the field type itself, or its collection element or map value (for an engine
        /// type, the surrogate message written in its place). Null when the field carries no message.
        /// </summary>
        public static INamedTypeSymbol? GetCarriedMessage(ProtocolField field) =>
            Classify(field, out FieldTypeInfo info) && info.ValueKind == FieldValueKind.Message
                ? info.Surrogate ?? info.ValueType as INamedTypeSymbol
                : null;

        /// <summary>The generator's classification of the field's type, with the engine-type mappings of the field's assembly.</summary>
        public static bool Classify(ProtocolField field, out FieldTypeInfo info) =>
            FieldTypeClassifier.TryClassify(field.Type, WireSurrogates.Of(field.Symbol.ContainingAssembly), out info);
    }
}
