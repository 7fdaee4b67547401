namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary><c>import "path";</c>; <c>import public</c> re-exports the file's types, <c>weak</c> reads as a plain import.</summary>
    internal sealed record ProtoImportSyntax(string Path, bool IsPublic, SourceSpan Span);
}
