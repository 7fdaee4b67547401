using System.Collections.Generic;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;
using EtProtocolGen.Generator.Proto.Parsing;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>A field once its type and options are resolved: the property to declare and the <see cref="FieldModel"/> it yields.</summary>
    internal sealed class BoundField
    {
        public BoundField(ProtoFieldSyntax syntax, string name, FieldShape shape, ValueModel value, ValueModel? key, string typeName, string declaredTypeName, string? initializer)
        {
            Syntax = syntax;
            Name = name;
            Shape = shape;
            Value = value;
            Key = key;
            TypeName = typeName;
            DeclaredTypeName = declaredTypeName;
            Initializer = initializer;
        }

        public ProtoFieldSyntax Syntax { get; }

        /// <summary>The property's name, unescaped.</summary>
        public string Name { get; }

        public FieldShape Shape { get; }

        public ValueModel Value { get; }

        public ValueModel? Key { get; }

        /// <summary>The type as <see cref="FieldModel.TypeName"/> holds it (no top-level nullable annotation).</summary>
        public string TypeName { get; }

        /// <summary>The type as the property declares it (<c>global::ET.UnitInfo?</c>).</summary>
        public string DeclaredTypeName { get; }

        public string? Initializer { get; }

        public int MaxLength { get; set; }

        /// <summary>[Required], [MinLength], [Range] in the order the attribute parser sorts them.</summary>
        public List<ValidationModel> Validation { get; } = new List<ValidationModel>();

        public bool Sensitive { get; set; }

        public EquatableArray<string> Documentation { get; set; } = EquatableArray<string>.Empty;
    }
}
