namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>The protobuf wire type of one value, with the manifest's names (protobuf's VARINT, I32, I64, LEN).</summary>
    internal enum ManifestWireType
    {
        Varint,
        I32,
        I64,
        Len,
    }
}
