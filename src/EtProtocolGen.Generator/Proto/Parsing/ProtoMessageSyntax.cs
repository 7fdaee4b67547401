using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary>A message, as written, with the comments ET's dialect reads.</summary>
    /// <param name="Name">The message's name.</param>
    /// <param name="NameSpan">Where the name is.</param>
    /// <param name="Fields">Its fields (map fields and <c>oneof</c> members included), in source order.</param>
    /// <param name="Messages">Its nested messages.</param>
    /// <param name="Enums">Its nested enums.</param>
    /// <param name="Options">Its <c>option</c> statements, then its ET comment annotations.</param>
    /// <param name="Reserved">Its <c>reserved</c> statements.</param>
    /// <param name="LeadingComments">Every comment between the previous declaration and <c>message</c>
    /// (<c>// ResponseType X</c> and <c>///</c> documentation in ET's dialect).</param>
    /// <param name="HeaderComment">The comment on the line of its name (<c>message C2G_Login // IRequest</c>), or null.</param>
    /// <param name="ClosingComment">The comment after its closing brace (<c>} // no dispose</c>), or null.</param>
    /// <param name="Span">From <c>message</c> to the closing brace.</param>
    internal sealed record ProtoMessageSyntax(
        string Name,
        SourceSpan NameSpan,
        EquatableArray<ProtoFieldSyntax> Fields,
        EquatableArray<ProtoMessageSyntax> Messages,
        EquatableArray<ProtoEnumSyntax> Enums,
        EquatableArray<ProtoOptionSyntax> Options,
        EquatableArray<ProtoReservedSyntax> Reserved,
        EquatableArray<ProtoComment> LeadingComments,
        ProtoComment? HeaderComment,
        ProtoComment? ClosingComment,
        SourceSpan Span);
}
