using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EtProtocolGen.CodeFixes.Editing
{
    /// <summary>
    /// The edits the fixes make, as text changes laid out in the document's own <see cref="DocumentStyle"/>: nothing around
    /// them is reformatted, so a file in Allman or K&amp;R style, with tabs or spaces, with attribute lists on one line or on
    /// lines of their own, reads after the fix as it did before, plus the new code written the same way.
    /// </summary>
    internal static class SourceEdits
    {
        /// <summary>
        /// <c>[<paramref name="attribute"/>]</c> as a list of its own after <paramref name="declaration"/>'s lists: on a line of
        /// its own when the last list ends its line, else after it on the same line. A declaration without lists gets it in
        /// front, on its own line when <paramref name="ownLine"/>.
        /// </summary>
        public static TextChange AddAttributeList(MemberDeclarationSyntax declaration, string attribute, DocumentStyle style, bool ownLine)
        {
            if (declaration.AttributeLists.Count > 0)
            {
                AttributeListSyntax last = declaration.AttributeLists[declaration.AttributeLists.Count - 1];
                return DocumentStyle.EndsLine(last.CloseBracketToken)
                    ? new TextChange(new TextSpan(last.FullSpan.End, 0), DocumentStyle.IndentationOf(last) + "[" + attribute + "]" + style.NewLine)
                    : new TextChange(new TextSpan(last.Span.End, 0), " [" + attribute + "]");
            }

            return new TextChange(
                new TextSpan(declaration.SpanStart, 0),
                "[" + attribute + "]" + (ownLine ? style.NewLine + DocumentStyle.IndentationOf(declaration) : " "));
        }

        /// <summary>Whether the members of <paramref name="type"/> that have attribute lists put them on lines of their own (the default when none has any).</summary>
        public static bool MemberAttributesOnOwnLine(TypeDeclarationSyntax type, bool byDefault)
        {
            foreach (MemberDeclarationSyntax member in type.Members)
            {
                if (member.AttributeLists.Count > 0)
                {
                    return DocumentStyle.EndsLine(member.AttributeLists[member.AttributeLists.Count - 1].CloseBracketToken);
                }
            }

            return byDefault;
        }

        /// <summary>
        /// <paramref name="attribute"/> next to a member's <c>[Field]</c> (<c>[Field(2), MaxLength(32)]</c>, the style of the docs),
        /// or in its first list, or in a list of its own laid out as the type's other members have theirs.
        /// </summary>
        public static TextChange AddToMember(MemberDeclarationSyntax member, string attribute, DocumentStyle style)
        {
            AttributeListSyntax? list = member.AttributeLists.FirstOrDefault(candidate => candidate.Attributes.Any(AttributeEditing.IsFieldAttribute))
                ?? member.AttributeLists.FirstOrDefault();
            return list is not null
                ? AddToAttributeList(list, attribute)
                : AddAttributeList(member, attribute, style, member.Parent is TypeDeclarationSyntax type && MemberAttributesOnOwnLine(type, byDefault: false));
        }

        /// <summary>
        /// The runtime attribute <paramref name="attributeMetadataName"/>, with <paramref name="arguments"/> (<c>"(256)"</c> or empty),
        /// added to <paramref name="member"/> by <see cref="AddToMember"/>, named as the document's usings allow.
        /// </summary>
        public static async Task<Document> AddToMemberAsync(Document document, MemberDeclarationSyntax member, string attributeMetadataName, string arguments, CancellationToken cancellationToken)
        {
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (model is null || TypeNames.Runtime(model.Compilation, attributeMetadataName) is not { } attributeType)
            {
                return document;
            }

            string attribute = TypeNames.ForAttribute(model, member.SpanStart, attributeType) + arguments;
            DocumentStyle style = DocumentStyle.Of(member.SyntaxTree.GetRoot(cancellationToken), member.Parent as TypeDeclarationSyntax);
            return document.WithText(text.WithChanges(AddToMember(member, attribute, style)));
        }

        /// <summary><paramref name="attribute"/> appended to <paramref name="list"/>: <c>[Field(2), MaxLength(32)]</c>.</summary>
        public static TextChange AddToAttributeList(AttributeListSyntax list, string attribute) =>
            new TextChange(new TextSpan(list.CloseBracketToken.SpanStart, 0), ", " + attribute);

        /// <summary>
        /// An empty-bodied member (<paramref name="signature"/> and braces) added to <paramref name="type"/>, before
        /// <paramref name="before"/> or after the last member, separated from its neighbours by a blank line.
        /// </summary>
        public static TextChange AddEmptyMember(TypeDeclarationSyntax type, string signature, DocumentStyle style, MemberDeclarationSyntax? before = null)
        {
            string typeIndentation = DocumentStyle.IndentationOf(type);
            string indentation = type.Members.FirstOrDefault(member => DocumentStyle.StartsLine(member.GetFirstToken())) is { } sibling
                ? DocumentStyle.IndentationOf(sibling)
                : typeIndentation + style.IndentUnit;
            string member = indentation + signature
                + (style.BraceOnOwnLine ? style.NewLine + indentation + "{" : " {")
                + style.NewLine + indentation + "}" + style.NewLine;

            if (before is not null && DocumentStyle.StartsLine(before.GetFirstToken()))
            {
                return new TextChange(new TextSpan(LineStartOfLeadingContent(before), 0), member + style.NewLine);
            }

            if (type.Members.Count > 0 && DocumentStyle.StartsLine(type.CloseBraceToken))
            {
                int lineStart = type.CloseBraceToken.SpanStart - DocumentStyle.IndentationOf(type.CloseBraceToken).Length;
                return new TextChange(new TextSpan(lineStart, 0), style.NewLine + member);
            }

            if (type.Members.Count == 0)
            {
                // "{ }" or "{" and "}" on their own lines: the braces end up around the new member, each on its line.
                return new TextChange(
                    TextSpan.FromBounds(type.OpenBraceToken.Span.End, type.CloseBraceToken.SpanStart),
                    style.NewLine + member + typeIndentation);
            }

            // Members and the closing brace on one line: the new member goes on lines of its own, the brace after it.
            return new TextChange(
                TextSpan.FromBounds(type.Members[type.Members.Count - 1].Span.End, type.CloseBraceToken.SpanStart),
                style.NewLine + member + typeIndentation);
        }

        /// <summary>The start of the line where <paramref name="member"/>'s doc comment, other comment or first token begins.</summary>
        public static int LineStartOfLeadingContent(SyntaxNode member)
        {
            SyntaxToken first = member.GetFirstToken();
            int position = first.SpanStart;
            foreach (SyntaxTrivia trivia in first.LeadingTrivia)
            {
                if (!trivia.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.WhitespaceTrivia) && !trivia.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.EndOfLineTrivia))
                {
                    position = trivia.SpanStart;
                    break;
                }
            }

            return member.SyntaxTree.GetText().Lines.GetLineFromPosition(position).Start;
        }
    }
}
