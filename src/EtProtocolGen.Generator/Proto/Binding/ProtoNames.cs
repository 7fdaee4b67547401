using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>
    /// C# names for .proto names. proto3 files get the names Google.Protobuf's C# generator gives (package and field names in
    /// PascalCase, enum values without their enum's prefix), so code moving from protoc's output keeps compiling; ET-dialect
    /// files keep every name as written, as ET's Proto2CS does.
    /// </summary>
    internal static class ProtoNames
    {
        /// <summary>Members every generated message has (and the nested-type class): a field may not take their names.</summary>
        private static readonly string[] GeneratedMembers =
        {
            "Opcode", "CalculateSize", "CalculateSizeBound", "WriteTo", "TryWriteTo", "Parse", "TryParse", "WriteFields",
            "ReadFrom", "Validate", "OnValidate", "ToString", "Equals", "GetHashCode", "GetType", "MessageOpcode", "Types",
        };

        /// <summary><c>game.protocol</c> -> <c>Game.Protocol</c> (Google's rule for a package without <c>csharp_namespace</c>).</summary>
        public static string NamespaceOf(string package)
        {
            var parts = package.Split('.');
            for (int i = 0; i < parts.Length; i++)
            {
                parts[i] = Escape(ToPascalCase(parts[i]));
            }

            return string.Join(".", parts);
        }

        /// <summary>
        /// The property of field <paramref name="fieldName"/> in message <paramref name="messageName"/>: PascalCase in proto3
        /// (<c>player_id</c> -> <c>PlayerId</c>), as written in ET's dialect; a trailing underscore when it would clash with the
        /// message's own name or a generated member, as Google.Protobuf does.
        /// </summary>
        public static string PropertyOf(string fieldName, string messageName, bool isEt)
        {
            string name = isEt ? fieldName : ToPascalCase(fieldName);
            if (name == messageName || System.Array.IndexOf(GeneratedMembers, name) >= 0)
            {
                name += "_";
            }

            return name;
        }

        /// <summary>
        /// An enum member: in proto3 without the enum's name as prefix and in PascalCase (<c>COLOR_DARK_RED</c> in
        /// <c>Color</c> -> <c>DarkRed</c>), as Google.Protobuf writes it; as written in ET's dialect.
        /// </summary>
        public static string EnumValueOf(string enumName, string valueName, bool isEt)
        {
            if (isEt)
            {
                return valueName;
            }

            string result = ShoutyToPascalCase(RemovePrefix(enumName, valueName));
            return result.Length > 0 && char.IsDigit(result[0]) ? "_" + result : result;
        }

        /// <summary>A C# identifier for <paramref name="name"/>: <c>@</c> before a keyword.</summary>
        public static string Escape(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

        /// <summary>Google.Protobuf's <c>UnderscoresToPascalCase</c>: underscores dropped, the letter after one or after a digit upper-cased.</summary>
        public static string ToPascalCase(string input)
        {
            var result = new StringBuilder(input.Length);
            bool capitalizeNext = true;
            foreach (char c in input)
            {
                if (c is >= 'a' and <= 'z')
                {
                    result.Append(capitalizeNext ? char.ToUpperInvariant(c) : c);
                    capitalizeNext = false;
                }
                else if (c is >= 'A' and <= 'Z')
                {
                    result.Append(c);
                    capitalizeNext = false;
                }
                else if (c is >= '0' and <= '9')
                {
                    result.Append(c);
                    capitalizeNext = true;
                }
                else
                {
                    capitalizeNext = true;
                }
            }

            return result.ToString();
        }

        private static string ShoutyToPascalCase(string input)
        {
            var result = new StringBuilder(input.Length);
            char previous = '_';
            foreach (char current in input)
            {
                if (!char.IsLetterOrDigit(current))
                {
                    previous = current;
                    continue;
                }

                if (!char.IsLetterOrDigit(previous) || char.IsDigit(previous))
                {
                    result.Append(char.ToUpperInvariant(current));
                }
                else if (char.IsLower(previous))
                {
                    result.Append(current);
                }
                else
                {
                    result.Append(char.ToLowerInvariant(current));
                }

                previous = current;
            }

            return result.ToString();
        }

        /// <summary>Google.Protobuf's <c>TryRemovePrefix</c>: the enum's name, ignoring case and underscores, off the value's front.</summary>
        private static string RemovePrefix(string prefix, string value)
        {
            var match = new StringBuilder(prefix.Length);
            foreach (char c in prefix)
            {
                if (c != '_')
                {
                    match.Append(char.ToLowerInvariant(c));
                }
            }

            int prefixIndex = 0;
            int valueIndex = 0;
            for (; prefixIndex < match.Length && valueIndex < value.Length; valueIndex++)
            {
                if (value[valueIndex] == '_')
                {
                    continue;
                }

                if (char.ToLowerInvariant(value[valueIndex]) != match[prefixIndex++])
                {
                    return value;
                }
            }

            if (prefixIndex < match.Length)
            {
                return value;
            }

            while (valueIndex < value.Length && value[valueIndex] == '_')
            {
                valueIndex++;
            }

            return valueIndex == value.Length ? value : value.Substring(valueIndex);
        }
    }
}
