using System.Collections.Generic;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Proto.Parsing;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>
    /// Documentation from comments, as each dialect writes it: ET's Proto2CS documents a message with its <c>///</c> lines and a
    /// field with the <c>//</c> lines before it and the comment after it; proto3 (like protoc) with the comments attached
    /// right before a declaration and the one after it. <c>[etp: ...]</c> annotations are left out, and text is escaped for XML.
    /// </summary>
    internal static class ProtoDocumentation
    {
        /// <summary>The documentation lines of a message or enum.</summary>
        public static EquatableArray<string> OfType(EquatableArray<ProtoComment> leading, int declarationLine, bool isEt)
        {
            var lines = new List<string>();
            foreach (ProtoComment comment in Attached(leading, declarationLine))
            {
                if (isEt ? comment.IsDocumentation : !IsResponseType(comment))
                {
                    Add(lines, comment.Text);
                }
            }

            return new EquatableArray<string>(lines.ToArray());
        }

        /// <summary>The documentation lines of a field or enum value: the comments before it, then the one after it.</summary>
        public static EquatableArray<string> OfMember(EquatableArray<ProtoComment> leading, ProtoComment? trailing, int declarationLine)
        {
            var lines = new List<string>();
            foreach (ProtoComment comment in Attached(leading, declarationLine))
            {
                Add(lines, comment.Text);
            }

            if (trailing is not null)
            {
                Add(lines, trailing.Text);
            }

            return new EquatableArray<string>(lines.ToArray());
        }

        /// <summary>True for ET's <c>// ResponseType X</c> line (with or without a space, as ET 8.1's tool matches it).</summary>
        public static bool IsResponseType(ProtoComment comment) =>
            comment.Text.StartsWith("ResponseType", System.StringComparison.Ordinal)
            && (comment.Text.Length == "ResponseType".Length || char.IsWhiteSpace(comment.Text["ResponseType".Length]));

        /// <summary>The comments of the block that ends on the line before the declaration, without blank lines in between.</summary>
        private static List<ProtoComment> Attached(EquatableArray<ProtoComment> leading, int declarationLine)
        {
            var attached = new List<ProtoComment>();
            int expected = declarationLine - 1;
            for (int i = leading.Length - 1; i >= 0; i--)
            {
                ProtoComment comment = leading[i];
                if (comment.Span.EndLine != expected && comment.Span.EndLine != expected + 1 || comment.IsTrailing)
                {
                    break;
                }

                attached.Insert(0, comment);
                expected = comment.Span.StartLine - 1;
            }

            return attached;
        }

        private static void Add(List<string> lines, string text)
        {
            string stripped = ProtoAnnotations.StripFrom(text);
            foreach (string line in stripped.Split('\n'))
            {
                string trimmed = line.Trim().TrimStart('*').Trim();
                if (trimmed.Length > 0)
                {
                    lines.Add(Escape(trimmed));
                }
            }
        }

        private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
    }
}
