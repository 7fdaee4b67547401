using System.Collections.Generic;
using System.Linq;
using System.Text;
using EtProtocolGen.Generator.Proto.Binding;

namespace EtProtocolGen.Tool.Export
{
    /// <summary>
    /// .proto names for C# names, chosen so that protoc's C# generator and EtProtocolGen's .proto input give the C# names back:
    /// message and field names as in C# (Google.Protobuf keeps <c>C2R_Login</c> and <c>RpcId</c>), enum values in protobuf's
    /// style prefixed with their enum (<c>ErrorCode.NotFound</c> -> <c>ERROR_CODE_NOT_FOUND</c>, which protobuf's C++ scoping
    /// needs and from which Google.Protobuf strips the prefix), packages in lower case with the namespace in
    /// <c>csharp_namespace</c>.
    /// </summary>
    internal static class ExportNames
    {
        /// <summary><c>EtProtocolGen.Sample.Protocol</c> -> <c>etprotocolgen.sample.protocol</c>.</summary>
        public static string PackageOf(string csharpNamespace) => csharpNamespace.Replace("@", "").ToLowerInvariant();

        /// <summary>The file of a package's client or inner types: <c>etprotocolgen/sample/protocol.proto</c>, <c>..._inner.proto</c>, a path Go and Python import by.</summary>
        public static string FileOf(string package, string assemblyName, bool inner) =>
            (package.Length > 0 ? package.Replace('.', '/') : assemblyName.ToLowerInvariant().Replace('.', '_')) + (inner ? "_inner" : "") + ".proto";

        /// <summary><c>NotFound</c> -> <c>NOT_FOUND</c>, <c>HPMax</c> -> <c>H_P_MAX</c>: an underscore before every capital, so that the C# name comes back.</summary>
        public static string Shouty(string name)
        {
            var result = new StringBuilder(name.Length + 8);
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (char.IsUpper(c) && i > 0 && name[i - 1] != '_')
                {
                    result.Append('_');
                }

                result.Append(char.ToUpperInvariant(c));
            }

            return result.ToString();
        }

        /// <summary>The .proto name of a member of enum <paramref name="enumName"/>.</summary>
        public static string EnumValue(string enumName, string member) => Shouty(enumName) + "_" + Shouty(member);

        /// <summary>True when protoc's C# generator and the .proto input give <paramref name="member"/> back from <see cref="EnumValue"/>.</summary>
        public static bool EnumValueComesBack(string enumName, string member) =>
            ProtoNames.EnumValueOf(enumName, EnumValue(enumName, member), isEt: false) == member;

        /// <summary>True when protoc's C# generator and the .proto input name the property of field <paramref name="name"/> <paramref name="name"/>.</summary>
        public static bool FieldNameComesBack(string name) => ProtoNames.ToPascalCase(name) == name;

        /// <summary>
        /// The value of the opcode enum for message <paramref name="message"/>: <c>OPCODE_C2G_LOGIN_GATE</c> (an underscore where a
        /// lower-case letter meets a capital), which Google.Protobuf's C# names <c>C2GLoginGate</c>. Only clients read it.
        /// </summary>
        public static string OpcodeValue(string enumName, string message)
        {
            var result = new StringBuilder(Shouty(enumName)).Append('_');
            for (int i = 0; i < message.Length; i++)
            {
                if (char.IsUpper(message[i]) && i > 0 && char.IsLower(message[i - 1]))
                {
                    result.Append('_');
                }

                result.Append(char.ToUpperInvariant(message[i]));
            }

            return result.ToString();
        }

        /// <summary>
        /// protoc refuses a package in which two types, or two enum values (which protobuf scopes next to their enum, not inside
        /// it), have the same name: C# types whose names differ only where .proto names do not (<c>Outer.Inner</c> and
        /// <c>Outer_Inner</c>, <c>ErrorCode.A</c> and <c>Error.CodeA</c>).
        /// </summary>
        public static void CheckUnique(IEnumerable<ExportFile> files)
        {
            foreach (IGrouping<string, ExportFile> package in files.GroupBy(file => file.Package))
            {
                IEnumerable<string> names = package.SelectMany(file => file.Messages.Select(message => message.Name)
                    .Concat(file.Enums.Select(item => item.Name))
                    .Concat(file.Opcodes is null ? Enumerable.Empty<string>() : new[] { file.Opcodes.Name })
                    .Concat(file.Enums.Append(file.Opcodes).OfType<ExportEnum>().SelectMany(item => item.Values.Select(value => value.Name))));
                string[] twice = names.GroupBy(name => name).Where(group => group.Count() > 1).Select(group => group.Key).ToArray();
                if (twice.Length > 0)
                {
                    throw new ToolException("package " + (package.Key.Length == 0 ? "(none)" : package.Key) + " would declare " + string.Join(", ", twice) + " twice, which protoc refuses; rename one of the C# types or members");
                }
            }
        }
    }
}
