using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary>An option's value: a scalar as written (strings unescaped) or the entries of an aggregate.</summary>
    internal sealed record ProtoValue(ProtoValueKind Kind, string Text, EquatableArray<ProtoAggregateEntry> Entries, SourceSpan Span)
    {
        public static ProtoValue Scalar(ProtoValueKind kind, string text, SourceSpan span) =>
            new ProtoValue(kind, text, EquatableArray<ProtoAggregateEntry>.Empty, span);
    }

    /// <summary>One <c>name: value</c> entry of an aggregate value.</summary>
    internal sealed record ProtoAggregateEntry(string Name, ProtoValue Value, SourceSpan NameSpan);
}
