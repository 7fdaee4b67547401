using System.Globalization;
using System.IO;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>
    /// ET's file name convention, <c>&lt;Name&gt;_&lt;C|S&gt;_&lt;start&gt;.proto</c> (<c>OuterMessage_C_10001.proto</c>), as
    /// ET's Proto2CS splits it: the name of the constants class, the side (C: messages clients exchange with servers, S:
    /// server-to-server) and the opcode base (the first message gets start + 1). A file named so is read in ET's dialect.
    /// </summary>
    internal readonly struct EtFileName
    {
        private EtFileName(string className, bool isServerOnly, int start)
        {
            ClassName = className;
            IsServerOnly = isServerOnly;
            Start = start;
        }

        /// <summary>The constants class: <c>OuterMessage</c>.</summary>
        public string ClassName { get; }

        /// <summary>S: server-to-server messages (Inner scope); C: messages that cross to clients (Outer scope).</summary>
        public bool IsServerOnly { get; }

        /// <summary>The number before the first opcode.</summary>
        public int Start { get; }

        /// <summary>
        /// Reads the convention from <paramref name="path"/>; false when the name does not follow it (a plain proto3 file).
        /// A name with the shape but an unusable number (<c>Outer_C_x.proto</c>, or past 65534) follows it, with an error.
        /// </summary>
        public static bool TryRead(string path, out EtFileName name, out string? error)
        {
            name = default;
            error = null;
            string stem = Path.GetFileNameWithoutExtension(path);
            string[] parts = stem.Split('_');
            if (parts.Length != 3 || parts[1] is not ("C" or "S") || !IsIdentifier(parts[0]))
            {
                return false;
            }

            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int start) || start >= ushort.MaxValue)
            {
                error = "the opcode start '" + parts[2] + "' is not a number from 0 to 65534";
                return true;
            }

            name = new EtFileName(parts[0], parts[1] == "S", start);
            return true;
        }

        private static bool IsIdentifier(string text)
        {
            if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_'))
            {
                return false;
            }

            foreach (char c in text)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
