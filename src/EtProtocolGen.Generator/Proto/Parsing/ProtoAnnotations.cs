using System.Text;

namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary>
    /// ET's dialect carries EtProtocolGen's options in comments, so that a file stays readable by ET's own Proto2CS:
    /// <c>string Account = 2; // account [etp: max_length = 32]</c> reads as <c>[(etp.max_length) = 32]</c>. The parser reads
    /// them; documentation taken from the same comments leaves them out.
    /// </summary>
    internal static class ProtoAnnotations
    {
        /// <summary>The package of etprotocolgen.proto, which declares every option: <c>(etp.max_length)</c>.</summary>
        public const string Package = "etp";

        /// <summary><paramref name="comment"/> without its <c>[etp: ...]</c> annotations, trimmed.</summary>
        public static string StripFrom(string comment)
        {
            int open = comment.IndexOf(ProtoParser.AnnotationStart, System.StringComparison.Ordinal);
            if (open < 0)
            {
                return comment;
            }

            var text = new StringBuilder(comment.Length);
            int position = 0;
            while (open >= 0)
            {
                text.Append(comment, position, open - position);
                int close = ProtoParser.FindAnnotationEnd(comment, open + ProtoParser.AnnotationStart.Length);
                position = close < 0 ? comment.Length : close + 1;
                open = comment.IndexOf(ProtoParser.AnnotationStart, position, System.StringComparison.Ordinal);
            }

            text.Append(comment, position, comment.Length - position);
            return text.ToString().Trim();
        }
    }
}
