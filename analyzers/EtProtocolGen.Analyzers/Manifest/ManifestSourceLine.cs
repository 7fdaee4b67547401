namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>A line as read from a manifest file, with where it came from (for diagnostics and tool messages).</summary>
    internal sealed class ManifestSourceLine
    {
        public ManifestSourceLine(string text, string path, int lineIndex, int column, int start)
        {
            Text = text;
            Path = path;
            LineIndex = lineIndex;
            Column = column;
            Start = start;
        }

        /// <summary>The line, trimmed.</summary>
        public string Text { get; }

        public string Path { get; }

        /// <summary>0-based.</summary>
        public int LineIndex { get; }

        /// <summary>0-based: where the trimmed text starts in its line.</summary>
        public int Column { get; }

        /// <summary>The character offset of the trimmed text in the file.</summary>
        public int Start { get; }

        public override string ToString() => Path + "(" + (LineIndex + 1) + "): " + Text;
    }
}
