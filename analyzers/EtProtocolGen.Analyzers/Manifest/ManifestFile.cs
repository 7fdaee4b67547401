using System;
using System.Collections.Generic;
using System.IO;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>
    /// One manifest file: Protocol.Shipped.txt (the protocol as released) or Protocol.Unshipped.txt (changes since, with
    /// <c>*REMOVED*</c> lines taking shipped lines back). Blank lines are skipped; <c>#</c> lines are comments, and the
    /// comments at the top are kept when the file is rewritten.
    /// </summary>
    internal sealed class ManifestFile
    {
        public const string ShippedFileName = "Protocol.Shipped.txt";
        public const string UnshippedFileName = "Protocol.Unshipped.txt";

        private ManifestFile(string path, IReadOnlyList<string> header, IReadOnlyList<ManifestSourceLine> lines)
        {
            Path = path;
            Header = header;
            Lines = lines;
        }

        public string Path { get; }

        /// <summary>The comment lines before the first entry, as written.</summary>
        public IReadOnlyList<string> Header { get; }

        /// <summary>The entries, trimmed, in file order.</summary>
        public IReadOnlyList<ManifestSourceLine> Lines { get; }

        public static bool IsShipped(string path) => string.Equals(System.IO.Path.GetFileName(path), ShippedFileName, StringComparison.OrdinalIgnoreCase);

        public static bool IsUnshipped(string path) => string.Equals(System.IO.Path.GetFileName(path), UnshippedFileName, StringComparison.OrdinalIgnoreCase);

        public static ManifestFile Empty(string path) => new ManifestFile(path, Array.Empty<string>(), Array.Empty<ManifestSourceLine>());

        /// <summary>The comment a new manifest file starts with.</summary>
        public static IReadOnlyList<string> NewHeader(bool shipped) => shipped
            ? new[] { "# The protocol as released: what peers in the field were built against. Edit a line only to accept a breaking or security-relevant change (docs/review.md)." }
            : new[] { "# Protocol changes since the last release; *REMOVED* takes back a line of Protocol.Shipped.txt. Written by the ETP0201 fix and etprotocolgen (docs/review.md)." };

        public static ManifestFile Parse(string path, string text)
        {
            var header = new List<string>();
            var lines = new List<ManifestSourceLine>();
            int index = 0;
            int start = 0;
            using (var reader = new StringReader(text))
            {
                for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine(), index++)
                {
                    int offset = start;
                    start = NextLineStart(text, start + line.Length);
                    string trimmed = line.Trim();
                    if (trimmed.Length == 0)
                    {
                        continue;
                    }

                    if (trimmed[0] == ManifestText.Comment)
                    {
                        if (lines.Count == 0)
                        {
                            header.Add(line.TrimEnd());
                        }

                        continue;
                    }

                    int column = line.IndexOf(trimmed, StringComparison.Ordinal);
                    lines.Add(new ManifestSourceLine(trimmed, path, index, column, offset + column));
                }
            }

            return new ManifestFile(path, header, lines);
        }

        /// <summary>The file's text for <paramref name="lines"/>: the header comments, then the lines sorted, one per line, ending in a newline.</summary>
        public static string Format(IEnumerable<string> header, IEnumerable<string> lines, string newLine = "\n")
        {
            var sorted = new List<string>(lines);
            sorted.Sort(ManifestLine.Comparer);
            var text = new System.Text.StringBuilder();
            foreach (string comment in header)
            {
                text.Append(comment).Append(newLine);
            }

            foreach (string line in sorted)
            {
                text.Append(line).Append(newLine);
            }

            return text.ToString();
        }

        /// <summary>The offset after the line break that ends at <paramref name="end"/> (\r\n, \n or \r).</summary>
        private static int NextLineStart(string text, int end)
        {
            if (end < text.Length && text[end] == '\r')
            {
                end++;
            }

            if (end < text.Length && text[end] == '\n')
            {
                end++;
            }

            return end;
        }
    }
}
