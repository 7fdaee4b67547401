namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary>
    /// An option: <c>option csharp_namespace = "Game";</c>, <c>[(etp.max_length) = 32]</c>, or an ET comment annotation
    /// <c>// [etp: max_length = 32]</c>, which reads as the same option.
    /// </summary>
    /// <param name="Name">The name without parentheses or leading dot: <c>csharp_namespace</c>, <c>etp.max_length</c>.</param>
    /// <param name="IsExtension">Written in parentheses (a custom option), or an <c>etp:</c> annotation.</param>
    /// <param name="SubField">The part after the parenthesized name, as in <c>(etp.rate_limit).permits</c>; null when none.</param>
    /// <param name="Value">The value.</param>
    /// <param name="NameSpan">Where the name is.</param>
    /// <param name="Span">The whole option.</param>
    internal sealed record ProtoOptionSyntax(string Name, bool IsExtension, string? SubField, ProtoValue Value, SourceSpan NameSpan, SourceSpan Span);
}
