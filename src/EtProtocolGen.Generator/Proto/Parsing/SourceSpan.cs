namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary>
    /// A range of a .proto file: character offsets for diagnostics (<c>TextSpan</c>) and zero-based lines and columns for
    /// <c>LinePositionSpan</c> and the generated <c>#line</c> directives (which are one-based: <see cref="Line"/>).
    /// </summary>
    internal readonly record struct SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        public int End => Start + Length;

        /// <summary>The one-based line number, as a <c>#line</c> directive and an editor show it.</summary>
        public int Line => StartLine + 1;

        /// <summary>The span from the start of this one to the end of <paramref name="last"/>.</summary>
        public SourceSpan To(SourceSpan last) =>
            new SourceSpan(Start, last.End - Start, StartLine, StartColumn, last.EndLine, last.EndColumn);
    }
}
