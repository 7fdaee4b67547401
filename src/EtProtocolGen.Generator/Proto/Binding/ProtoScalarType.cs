using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>
    /// The .proto scalar types and what they become: the C# type, wire kind and <c>FieldEncoding</c> a hand-written
    /// <c>[Field(n, Encoding = ...)]</c> member of that type has. ET's dialect adds <c>int16</c>, <c>uint16</c> and <c>long</c>.
    /// </summary>
    internal sealed class ProtoScalarType
    {
        private const int Default = RuntimeContract.FieldEncoding.Default;
        private const int ZigZag = RuntimeContract.FieldEncoding.ZigZag;
        private const int Fixed = RuntimeContract.FieldEncoding.Fixed;

        private ProtoScalarType(FieldValueKind kind, int encoding, string typeName)
        {
            Kind = kind;
            Encoding = encoding;
            TypeName = typeName;
        }

        public FieldValueKind Kind { get; }

        /// <summary>The <c>FieldEncoding</c> value (<see cref="RuntimeContract.FieldEncoding"/>).</summary>
        public int Encoding { get; }

        /// <summary>The C# type as a keyword: <c>int</c>, <c>string</c>, <c>byte[]</c>.</summary>
        public string TypeName { get; }

        /// <summary>The scalar type <paramref name="name"/> of a file read in ET's dialect or not; null when it is no scalar type.</summary>
        public static ProtoScalarType? Find(string name, bool isEt) => name switch
        {
            "double" => new ProtoScalarType(FieldValueKind.Double, Default, "double"),
            "float" => new ProtoScalarType(FieldValueKind.Single, Default, "float"),
            "int32" => new ProtoScalarType(FieldValueKind.Int32, Default, "int"),
            "int64" => new ProtoScalarType(FieldValueKind.Int64, Default, "long"),
            "uint32" => new ProtoScalarType(FieldValueKind.UInt32, Default, "uint"),
            "uint64" => new ProtoScalarType(FieldValueKind.UInt64, Default, "ulong"),
            "sint32" => new ProtoScalarType(FieldValueKind.Int32, ZigZag, "int"),
            "sint64" => new ProtoScalarType(FieldValueKind.Int64, ZigZag, "long"),
            "fixed32" => new ProtoScalarType(FieldValueKind.UInt32, Fixed, "uint"),
            "fixed64" => new ProtoScalarType(FieldValueKind.UInt64, Fixed, "ulong"),
            "sfixed32" => new ProtoScalarType(FieldValueKind.Int32, Fixed, "int"),
            "sfixed64" => new ProtoScalarType(FieldValueKind.Int64, Fixed, "long"),
            "bool" => new ProtoScalarType(FieldValueKind.Bool, Default, "bool"),
            "string" => new ProtoScalarType(FieldValueKind.String, Default, "string"),
            "bytes" => new ProtoScalarType(FieldValueKind.ByteArray, Default, "byte[]"),
            "int16" when isEt => new ProtoScalarType(FieldValueKind.Int16, Default, "short"),
            "uint16" when isEt => new ProtoScalarType(FieldValueKind.UInt16, Default, "ushort"),
            "long" when isEt => new ProtoScalarType(FieldValueKind.Int64, Default, "long"),
            _ => null,
        };
    }
}
