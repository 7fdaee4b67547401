using System.Collections.Generic;
using EtProtocolGen.Generator.Proto.Parsing;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>A message or enum some .proto file declares: its proto name and the C# type it becomes.</summary>
    internal sealed class ProtoTypeEntry
    {
        public ProtoTypeEntry(ProtoFileContext file, ProtoTypeEntry? parent, string name, ProtoMessageSyntax? message, ProtoEnumSyntax? enumSyntax)
        {
            File = file;
            Parent = parent;
            Name = name;
            Message = message;
            Enum = enumSyntax;
            FullName = (parent is not null ? parent.FullName : file.Package) is { Length: > 0 } scope ? scope + "." + name : name;
            if (parent is not null)
            {
                Containers.AddRange(parent.Containers);
                Containers.Add(parent.Name);
                Containers.Add(NestedTypesClass);
            }
        }

        /// <summary>The class Google.Protobuf nests a message's own types in: <c>Outer.Types.Inner</c>.</summary>
        public const string NestedTypesClass = "Types";

        public ProtoFileContext File { get; }

        /// <summary>The message that declares it, or null at the top of its file.</summary>
        public ProtoTypeEntry? Parent { get; }

        /// <summary>Its name as declared, which is also its C# name.</summary>
        public string Name { get; }

        /// <summary>Its full proto name: package, enclosing messages, name (<c>game.Inventory.Item</c>).</summary>
        public string FullName { get; }

        public ProtoMessageSyntax? Message { get; }

        public ProtoEnumSyntax? Enum { get; }

        public bool IsEnum => Enum is not null;

        /// <summary>The C# classes that enclose it, outermost first (a message, then its <c>Types</c> class).</summary>
        public List<string> Containers { get; } = new List<string>();

        /// <summary>The C# type, fully qualified: <c>global::Game.Inventory.Types.Item</c>.</summary>
        public string TypeName => "global::" + Qualified(".", escape: true);

        /// <summary>The C# metadata name: <c>Game.Inventory+Types+Item</c>.</summary>
        public string MetadataName => Qualified("+", escape: false);

        /// <summary>The C# name from the namespace on, nested types joined by <paramref name="nestedSeparator"/>.</summary>
        private string Qualified(string nestedSeparator, bool escape)
        {
            var parts = new List<string>(Containers) { Name };
            if (escape)
            {
                for (int i = 0; i < parts.Count; i++)
                {
                    parts[i] = ProtoNames.Escape(parts[i]);
                }
            }

            string nested = string.Join(nestedSeparator, parts);
            return File.Namespace is null ? nested : File.Namespace + "." + nested;
        }
    }
}
