using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary>A field, as written.</summary>
    /// <param name="Label">None, optional, repeated, required or map.</param>
    /// <param name="TypeName">The type (the value type of a map), as written: <c>int32</c>, <c>Unity.Mathematics.float3</c>, <c>.pkg.Msg</c>.</param>
    /// <param name="TypeSpan">Where the type is.</param>
    /// <param name="KeyTypeName">The key type of a map; null otherwise.</param>
    /// <param name="KeyTypeSpan">Where the key type is.</param>
    /// <param name="Name">The field's name.</param>
    /// <param name="NameSpan">Where the name is.</param>
    /// <param name="Number">The field number (0 when it was not a usable integer: the parser reported it).</param>
    /// <param name="NumberSpan">Where the number is.</param>
    /// <param name="Options">Its <c>[...]</c> options, then its ET comment annotations.</param>
    /// <param name="LeadingComments">The comments between the previous statement and this one.</param>
    /// <param name="TrailingComment">The comment after it on its last line, or null.</param>
    /// <param name="Oneof">The name of the <c>oneof</c> it belongs to, or null.</param>
    /// <param name="Span">The whole field, from its label or type to its semicolon.</param>
    internal sealed record ProtoFieldSyntax(
        ProtoFieldLabel Label,
        string TypeName,
        SourceSpan TypeSpan,
        string? KeyTypeName,
        SourceSpan KeyTypeSpan,
        string Name,
        SourceSpan NameSpan,
        int Number,
        SourceSpan NumberSpan,
        EquatableArray<ProtoOptionSyntax> Options,
        EquatableArray<ProtoComment> LeadingComments,
        ProtoComment? TrailingComment,
        string? Oneof,
        SourceSpan Span);
}
