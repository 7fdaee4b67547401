using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary><c>reserved 2, 9 to 11;</c> or <c>reserved "old_name";</c>.</summary>
    internal sealed record ProtoReservedSyntax(EquatableArray<ProtoRange> Ranges, EquatableArray<string> Names, SourceSpan Span);

    /// <summary>An inclusive range of numbers; <c>max</c> reads as the largest field number.</summary>
    internal readonly record struct ProtoRange(long From, long To)
    {
        public bool Contains(long number) => number >= From && number <= To;
    }
}
