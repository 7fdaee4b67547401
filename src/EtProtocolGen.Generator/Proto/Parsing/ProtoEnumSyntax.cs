using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary>An enum, as written.</summary>
    internal sealed record ProtoEnumSyntax(
        string Name,
        SourceSpan NameSpan,
        EquatableArray<ProtoEnumValueSyntax> Values,
        EquatableArray<ProtoOptionSyntax> Options,
        EquatableArray<ProtoReservedSyntax> Reserved,
        EquatableArray<ProtoComment> LeadingComments,
        ProtoComment? HeaderComment);

    /// <summary>One value of an enum.</summary>
    internal sealed record ProtoEnumValueSyntax(
        string Name,
        SourceSpan NameSpan,
        long Number,
        SourceSpan NumberSpan,
        EquatableArray<ProtoComment> LeadingComments,
        ProtoComment? TrailingComment);
}
