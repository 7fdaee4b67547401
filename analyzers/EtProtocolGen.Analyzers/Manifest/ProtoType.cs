namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>A protobuf value type as the manifest names it (<c>int32</c>, <c>sfixed64</c>, <c>message</c>, ...).</summary>
    internal enum ProtoType
    {
        Int32,
        SInt32,
        SFixed32,
        UInt32,
        Fixed32,
        Int64,
        SInt64,
        SFixed64,
        UInt64,
        Fixed64,
        Bool,
        Float,
        Double,
        Enum,
        String,
        Bytes,
        Message,
    }
}
