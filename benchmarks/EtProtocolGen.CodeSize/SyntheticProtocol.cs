using System.Collections.Generic;
using System.Text;

namespace EtProtocolGen.CodeSize
{
    /// <summary>
    /// A protocol of ET-like messages, written once for EtProtocolGen (<c>[Message]</c>, <c>[Field(n)]</c>, limits) and once
    /// for MemoryPack (<c>[MemoryPackable]</c>, members in field order): the same classes with the same properties.
    /// Messages come in groups of ten shapes, each group's messages referring to each other as a game's do: a login
    /// request and response, a small fixed-width vector, an item, a unit with nested vectors and a map, a list of units,
    /// a path (list of small messages), a chat line, an inventory (list of items) and a profile (bytes, packed ints,
    /// a string map, an enum, optionals, a double and a list of strings).
    /// </summary>
    public static class SyntheticProtocol
    {
        /// <summary>The shapes, in the order each group declares them; a message's type name is its shape and group.</summary>
        public static IReadOnlyList<string> Shapes { get; } = new[]
        {
            "LoginRequest", "LoginResponse", "Vector", "Item", "Unit", "CreateUnits", "Path", "Chat", "Inventory", "Profile",
        };

        /// <summary>The name of the shape a type name belongs to, or null for a type that is no message.</summary>
        public static string? ShapeOf(string typeName)
        {
            foreach (string shape in Shapes)
            {
                if (typeName.StartsWith(shape + "_", System.StringComparison.Ordinal))
                {
                    return shape;
                }
            }

            return null;
        }

        /// <summary>The protocol's source for <paramref name="flavor"/>; <paramref name="messageCount"/> is a multiple of ten.</summary>
        public static string Source(Flavor flavor, int messageCount)
        {
            var source = new StringBuilder();
            source.AppendLine("using System.Collections.Generic;");
            source.AppendLine(flavor == Flavor.EtProtocolGen ? "using EtProtocolGen;" : "using MemoryPack;");
            source.AppendLine();
            source.AppendLine("namespace Game.Protocol");
            source.AppendLine("{");
            source.AppendLine("    public enum Quality : byte { Common, Rare, Epic }");
            for (int group = 0; group < messageCount / Shapes.Count; group++)
            {
                AppendGroup(source, flavor, group);
            }

            source.AppendLine("}");
            return source.ToString();
        }

        private static void AppendGroup(StringBuilder source, Flavor flavor, int group)
        {
            string g = "_" + group;
            int opcode = 10_000 + (group * Shapes.Count);
            var message = new MessageWriter(source, flavor);

            message.Begin("LoginRequest" + g, opcode, "IRequest", "[ResponseType(typeof(LoginResponse" + g + "))] [AllowAnonymous]");
            message.Field(1, "int", "RpcId");
            message.Field(2, "string", "Account", "MaxLength(32)", " = \"\";");
            message.Field(3, "string", "Password", "MaxLength(64), Sensitive", " = \"\";");
            message.End();

            message.Begin("LoginResponse" + g, opcode + 1, "IResponse", "[AllowAnonymous]");
            message.Field(1, "int", "RpcId");
            message.Field(2, "int", "Error");
            message.Field(3, "string", "Message", "MaxLength(256)", " = \"\";");
            message.Field(4, "long", "PlayerId");
            message.End();

            message.Begin("Vector" + g, opcode + 2, "IMessage", "[Authorize]");
            message.Field(1, "float", "X");
            message.Field(2, "float", "Y");
            message.Field(3, "float", "Z");
            message.End();

            message.Begin("Item" + g, opcode + 3, "IMessage", "[Authorize]");
            message.Field(1, "long", "Id");
            message.Field(2, "int", "ConfigId");
            message.Field(3, "int", "Count");
            message.Field(4, "int", "Slot");
            message.Field(5, "bool", "IsBound");
            message.End();

            message.Begin("Unit" + g, opcode + 4, "IMessage", "[Authorize]");
            message.Field(1, "long", "UnitId");
            message.Field(2, "int", "ConfigId");
            message.Field(3, "int", "Type");
            message.Field(4, "Vector" + g + "?", "Position");
            message.Field(5, "Vector" + g + "?", "Forward");
            message.Field(6, "Dictionary<int, long>", "KV", "MaxLength(64)", " = new();");
            message.End();

            message.Begin("CreateUnits" + g, opcode + 5, "IMessage", "[Authorize]");
            message.Field(1, "List<Unit" + g + ">", "Units", "MaxLength(256)", " = new();");
            message.End();

            message.Begin("Path" + g, opcode + 6, "IMessage", "[Authorize]");
            message.Field(1, "long", "Id");
            message.Field(2, "Vector" + g + "?", "Position");
            message.Field(3, "List<Vector" + g + ">", "Points", "MaxLength(1024)", " = new();");
            message.End();

            message.Begin("Chat" + g, opcode + 7, "IMessage", "[Authorize]");
            message.Field(1, "long", "ChannelId");
            message.Field(2, "string", "Text", "MaxLength(256)", " = \"\";");
            message.End();

            message.Begin("Inventory" + g, opcode + 8, "IMessage", "[Authorize]");
            message.Field(1, "long", "PlayerId");
            message.Field(2, "List<Item" + g + ">", "Items", "MaxLength(1024)", " = new();");
            message.End();

            message.Begin("Profile" + g, opcode + 9, "IMessage", "[Authorize]");
            message.Field(1, "long", "PlayerId");
            message.Field(2, "string", "Name", "MaxLength(32)", " = \"\";");
            message.Field(3, "byte[]", "Avatar", "MaxLength(4096)", " = System.Array.Empty<byte>();");
            message.Field(4, "List<int>", "Skills", "MaxLength(64)", " = new();");
            message.Field(5, "Dictionary<string, string>", "Settings", "MaxLength(32)", " = new();");
            message.Field(6, "Quality", "Quality");
            message.Field(7, "uint?", "Gold");
            message.Field(8, "double", "Experience");
            message.Field(9, "List<string>", "Tags", "MaxLength(8)", " = new();");
            message.End();
        }

        /// <summary>Writes one message class in either flavor.</summary>
        private readonly struct MessageWriter
        {
            private readonly StringBuilder _source;
            private readonly Flavor _flavor;

            public MessageWriter(StringBuilder source, Flavor flavor)
            {
                _source = source;
                _flavor = flavor;
            }

            public void Begin(string name, int opcode, string contract, string attributes)
            {
                _source.AppendLine();
                if (_flavor == Flavor.EtProtocolGen)
                {
                    _source.Append("    [Message(").Append(opcode).AppendLine(", Scope = MessageScope.Outer)]");
                    _source.Append("    ").AppendLine(attributes);
                    _source.Append("    public partial class ").Append(name).Append(" : ").AppendLine(contract);
                }
                else
                {
                    _source.AppendLine("    [MemoryPackable]");
                    _source.Append("    public partial class ").AppendLine(name);
                }

                _source.AppendLine("    {");
            }

            public void Field(int number, string type, string name, string? limits = null, string initializer = "")
            {
                _source.Append("        ");
                if (_flavor == Flavor.EtProtocolGen)
                {
                    _source.Append("[Field(").Append(number).Append(')');
                    if (limits != null)
                    {
                        _source.Append(", ").Append(limits);
                    }

                    _source.Append("] ");
                }

                _source.Append("public ").Append(type).Append(' ').Append(name).Append(" { get; set; }").AppendLine(initializer);
            }

            public void End() => _source.AppendLine("    }");
        }
    }

    /// <summary>Which library's attributes the protocol is written for.</summary>
    public enum Flavor
    {
        EtProtocolGen,
        MemoryPack,
    }
}
