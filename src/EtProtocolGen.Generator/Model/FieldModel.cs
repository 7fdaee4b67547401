using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Generator.Model
{
    /// <summary>One <c>[Field]</c> member of a message.</summary>
    /// <param name="Identifier">The member name as a C# identifier (escaped with @ when it is a keyword).</param>
    /// <param name="Name">The member name as written in <c>nameof</c>, validation results and <c>ToString</c>.</param>
    /// <param name="Number">The protobuf field number.</param>
    /// <param name="Shape">Single value, nullable, list, array or map.</param>
    /// <param name="TypeName">The declared member type, fully qualified (top-level nullability removed).</param>
    /// <param name="Value">The value, element or map value.</param>
    /// <param name="Key">The map key, or null when not a map.</param>
    /// <param name="MaxLength">The declared [MaxLength], or 0: a limit checked while decoding.</param>
    /// <param name="Validation">The declared [Required], [MinLength] and [Range], in that order: what the generated <c>Validate()</c> checks.</param>
    /// <param name="Sensitive">True when marked [Sensitive].</param>
    internal sealed record FieldModel(
        string Identifier,
        string Name,
        int Number,
        FieldShape Shape,
        string TypeName,
        ValueModel Value,
        ValueModel? Key,
        int MaxLength,
        EquatableArray<ValidationModel> Validation,
        bool Sensitive)
    {
        public bool IsCollection => Shape is FieldShape.List or FieldShape.Array or FieldShape.Map;

        /// <summary>Repeated numbers, bools and enums are written packed.</summary>
        public bool IsPacked => Shape is FieldShape.List or FieldShape.Array && FieldTypeClassifier.IsScalar(Value.Kind);
    }
}
