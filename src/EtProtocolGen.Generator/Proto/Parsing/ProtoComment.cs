namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary>
    /// A comment of a .proto file. ET's dialect gives comments meaning (<c>// ResponseType X</c>, <c>// IRequest</c>,
    /// <c>} // no dispose</c>), both dialects take documentation from them, and ET files carry annotations in them
    /// (<c>// [etp: max_length = 32]</c>), so the parser keeps every one with its position.
    /// </summary>
    /// <param name="Text">The text after <c>//</c> (or <c>///</c>), or between <c>/*</c> and <c>*/</c>, trimmed.</param>
    /// <param name="IsDocumentation">Written with three slashes.</param>
    /// <param name="IsTrailing">Code precedes it on its line.</param>
    /// <param name="Span">Where it is, slashes included.</param>
    internal sealed record ProtoComment(string Text, bool IsDocumentation, bool IsTrailing, SourceSpan Span);
}
