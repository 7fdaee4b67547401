using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace EtProtocolGen.Docs.Tests
{
    /// <summary>
    /// One ```csharp block of a markdown document, with the marker (an HTML comment, invisible when rendered) on the line
    /// above it: <c>&lt;!-- given: Type name, ... --&gt;</c> declares the variables a snippet uses, <c>&lt;!-- excerpt-of: path --&gt;</c>
    /// makes the block an excerpt of a repository file.
    /// </summary>
    public sealed record CodeBlock(string Document, int Line, string Code, string? Given, string? ExcerptOf)
    {
        private static readonly Regex Fence = new Regex(@"^(?<indent> *)```csharp\s*$");
        private static readonly Regex GivenMarker = new Regex(@"^\s*<!-- given: (?<value>.+?) -->\s*$");
        private static readonly Regex ExcerptMarker = new Regex(@"^\s*<!-- excerpt-of: (?<value>.+?) -->\s*$");

        /// <summary>The place to name in a failure: document and line of the fence.</summary>
        public string Where => Document + ":" + Line;

        /// <summary>Every ```csharp block of <paramref name="document"/> (a path relative to the repository root).</summary>
        public static IReadOnlyList<CodeBlock> Read(string root, string document)
        {
            string[] lines = File.ReadAllLines(Path.Combine(root, document));
            var blocks = new List<CodeBlock>();
            for (int i = 0; i < lines.Length; i++)
            {
                Match fence = Fence.Match(lines[i]);
                if (!fence.Success)
                {
                    continue;
                }

                int indent = fence.Groups["indent"].Length;
                string above = i > 0 ? lines[i - 1] : "";
                var code = new StringBuilder();
                int start = i;
                for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
                {
                    string line = lines[i];
                    code.AppendLine(line.Length >= indent ? line.Substring(indent) : line.TrimStart());
                }

                blocks.Add(new CodeBlock(
                    document,
                    start + 1,
                    code.ToString(),
                    Marker(GivenMarker, above),
                    Marker(ExcerptMarker, above)));
            }

            return blocks;
        }

        private static string? Marker(Regex marker, string line)
        {
            Match match = marker.Match(line);
            return match.Success ? match.Groups["value"].Value : null;
        }
    }
}
