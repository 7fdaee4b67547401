using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EtProtocolGen.CodeFixes.Editing
{
    /// <summary>
    /// How the user's document is already laid out, so that a fix writes in the same way instead of in the formatter's
    /// defaults: the line ending, one level of indentation (a tab or n spaces), and whether an opening brace starts its own
    /// line (Allman) or ends the line before (K&amp;R).
    /// </summary>
    internal sealed class DocumentStyle
    {
        private DocumentStyle(string newLine, string indentUnit, bool braceOnOwnLine)
        {
            NewLine = newLine;
            IndentUnit = indentUnit;
            BraceOnOwnLine = braceOnOwnLine;
        }

        public string NewLine { get; }

        public string IndentUnit { get; }

        public bool BraceOnOwnLine { get; }

        /// <summary>The style of the document of <paramref name="root"/>, read near <paramref name="type"/> when given.</summary>
        public static DocumentStyle Of(SyntaxNode root, TypeDeclarationSyntax? type = null)
        {
            SyntaxTrivia newLine = root.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
            return new DocumentStyle(
                newLine.IsKind(SyntaxKind.EndOfLineTrivia) ? newLine.ToString() : "\n",
                FindIndentUnit(root, type),
                FindBraceOnOwnLine(root, type));
        }

        /// <summary>The whitespace in front of the first token on the line where <paramref name="node"/> starts.</summary>
        public static string IndentationOf(SyntaxNode node) => IndentationOf(node.GetFirstToken());

        /// <summary>The whitespace in front of the first token on the line of <paramref name="token"/>.</summary>
        public static string IndentationOf(SyntaxToken token)
        {
            SourceText text = token.SyntaxTree!.GetText();
            TextLine line = text.Lines.GetLineFromPosition(token.SpanStart);
            int end = line.Start;
            while (end < line.End && text[end] is ' ' or '\t')
            {
                end++;
            }

            return text.ToString(TextSpan.FromBounds(line.Start, end));
        }

        /// <summary>True when <paramref name="token"/> is the last token on its line.</summary>
        public static bool EndsLine(SyntaxToken token) => token.TrailingTrivia.Any(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));

        /// <summary>True when <paramref name="token"/> is the first token on its line.</summary>
        public static bool StartsLine(SyntaxToken token)
        {
            SyntaxToken previous = token.GetPreviousToken();
            return previous.IsKind(SyntaxKind.None) || EndsLine(previous) || token.LeadingTrivia.Any(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
        }

        private static string FindIndentUnit(SyntaxNode root, TypeDeclarationSyntax? type)
        {
            // The step from a type to its members says it best; any nested declaration will do.
            foreach (TypeDeclarationSyntax candidate in type is null ? root.DescendantNodesAndSelf().OfType<TypeDeclarationSyntax>() : new[] { type }.Concat(root.DescendantNodes().OfType<TypeDeclarationSyntax>()))
            {
                MemberDeclarationSyntax? member = candidate.Members.FirstOrDefault(m => StartsLine(m.GetFirstToken()));
                if (member is null || !StartsLine(candidate.GetFirstToken()))
                {
                    continue;
                }

                string outer = IndentationOf(candidate);
                string inner = IndentationOf(member);
                if (inner.Length > outer.Length && inner.StartsWith(outer, System.StringComparison.Ordinal))
                {
                    return inner.Substring(outer.Length);
                }
            }

            return root.DescendantTrivia().Any(trivia => trivia.IsKind(SyntaxKind.WhitespaceTrivia) && trivia.ToString().StartsWith("\t", System.StringComparison.Ordinal)) ? "\t" : "    ";
        }

        /// <summary>
        /// How most opening braces of the file sit: on their own line or at the end of the line before. Braces whose block
        /// closes on the same line (<c>{ get; set; }</c>, <c>{ }</c>) say nothing about the style and are not counted.
        /// </summary>
        private static bool FindBraceOnOwnLine(SyntaxNode root, TypeDeclarationSyntax? type)
        {
            int ownLine = 0, endOfLine = 0;
            foreach (SyntaxToken brace in root.DescendantTokens())
            {
                if (!brace.IsKind(SyntaxKind.OpenBraceToken)
                    || brace.Parent is not (BaseTypeDeclarationSyntax or NamespaceDeclarationSyntax or BlockSyntax)
                    || brace.Parent.GetLastToken() is var close && !StartsLine(close))
                {
                    continue;
                }

                if (StartsLine(brace))
                {
                    ownLine++;
                }
                else
                {
                    endOfLine++;
                }
            }

            return ownLine >= endOfLine;
        }
    }
}
