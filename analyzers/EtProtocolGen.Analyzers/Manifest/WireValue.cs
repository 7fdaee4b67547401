namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>
    /// One value on the wire: a field's value, a collection element, a map key or a map value. <see cref="NarrowType"/>
    /// names the C# type when the decoder refuses values outside it (<c>byte</c> carried as <c>uint32</c>).
    /// </summary>
    internal sealed class WireValue
    {
        public WireValue(ProtoType type, string? typeName = null, string? narrowType = null)
        {
            Type = type;
            TypeName = typeName;
            NarrowType = narrowType;
        }

        public ProtoType Type { get; }

        /// <summary>The full name of the enum or message type; null for other types.</summary>
        public string? TypeName { get; }

        /// <summary><c>sbyte</c>, <c>byte</c>, <c>short</c> or <c>ushort</c> when the decoder range-checks the value; otherwise null.</summary>
        public string? NarrowType { get; }

        public ManifestWireType WireType => Type switch
        {
            ProtoType.SFixed32 or ProtoType.Fixed32 or ProtoType.Float => ManifestWireType.I32,
            ProtoType.SFixed64 or ProtoType.Fixed64 or ProtoType.Double => ManifestWireType.I64,
            ProtoType.String or ProtoType.Bytes or ProtoType.Message => ManifestWireType.Len,
            _ => ManifestWireType.Varint,
        };

        /// <summary>Numbers, bools and enums: the values protobuf packs in repeated fields.</summary>
        public bool IsScalar => WireType != ManifestWireType.Len;

        /// <summary>Integers, bools and strings: the types protobuf allows as map keys.</summary>
        public bool IsMapKey => Type is not (ProtoType.Float or ProtoType.Double or ProtoType.Enum or ProtoType.Bytes or ProtoType.Message);

        /// <summary>As the manifest writes it: <c>int32</c>, <c>uint32(byte)</c>, <c>enum(Game.Kind)</c>, <c>message(Game.Item)</c>.</summary>
        public override string ToString()
        {
            string name = ManifestText.Name(Type);
            if (TypeName is not null)
            {
                return name + "(" + TypeName + ")";
            }

            return NarrowType is null ? name : name + "(" + NarrowType + ")";
        }
    }
}
