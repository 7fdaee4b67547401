using System.Collections.Generic;
using System.Text;

namespace EtProtocolGen.Tool.Report
{
    /// <summary>Markdown text with "\n" line ends, so that reports are byte-identical on every platform.</summary>
    internal sealed class MarkdownWriter
    {
        private readonly StringBuilder text = new StringBuilder();

        public MarkdownWriter Line(string line = "")
        {
            text.Append(line).Append('\n');
            return this;
        }

        public MarkdownWriter Heading(int level, string title) => Line(new string('#', level) + " " + title).Line();

        public MarkdownWriter Paragraph(string paragraph) => Line(paragraph).Line();

        /// <summary>A table, or <paramref name="empty"/> as a paragraph when there are no rows.</summary>
        public MarkdownWriter Table(string[] header, IReadOnlyList<string[]> rows, string empty)
        {
            if (rows.Count == 0)
            {
                return Paragraph(empty);
            }

            Line("| " + string.Join(" | ", header) + " |");
            var rule = new string[header.Length];
            for (int i = 0; i < rule.Length; i++)
            {
                rule[i] = "---";
            }

            Line("|" + string.Join("|", rule) + "|");
            foreach (string[] row in rows)
            {
                Line("| " + string.Join(" | ", row) + " |");
            }

            return Line();
        }

        /// <summary>Text for a table cell: pipes escaped.</summary>
        public static string Cell(string text) => text.Replace("|", "\\|");

        /// <summary>Text in backticks.</summary>
        public static string Code(string text) => "`" + text + "`";

        public override string ToString() => text.ToString().TrimEnd('\n') + "\n";
    }
}
