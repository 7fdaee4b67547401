using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Proto.Model
{
    /// <summary>One property of a generated declaration: a field of the .proto message.</summary>
    /// <param name="Identifier">The property's name, escaped when it is a C# keyword.</param>
    /// <param name="TypeName">Its declared C# type, fully qualified, nullable when the value may be absent.</param>
    /// <param name="Initializer">Its initial value (<c>""</c>, a new list), or null for the type's default.</param>
    /// <param name="Attributes">Its attributes without brackets: <c>global::EtProtocolGen.Field(2)</c>, <c>global::EtProtocolGen.MaxLength(32)</c>.</param>
    /// <param name="Documentation">Its documentation lines, from the comments of the field.</param>
    /// <param name="Location">The field's line in the .proto file.</param>
    internal sealed record ProtoPropertyModel(
        string Identifier,
        string TypeName,
        string? Initializer,
        EquatableArray<string> Attributes,
        EquatableArray<string> Documentation,
        ProtoLocation Location);
}
