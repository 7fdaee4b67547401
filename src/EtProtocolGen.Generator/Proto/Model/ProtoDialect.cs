namespace EtProtocolGen.Generator.Proto.Model
{
    /// <summary>How a .proto file is read: decided by its name (<see cref="Binding.EtFileName"/>).</summary>
    internal enum ProtoDialect
    {
        /// <summary>proto3 as protoc reads it, with EtProtocolGen's options; C# names as Google.Protobuf writes them.</summary>
        Proto3,

        /// <summary>
        /// ET's dialect (<c>OuterMessage_C_10001.proto</c>): opcodes numbered in file order from the name, the side from C/S,
        /// the kind from <c>// IInterface</c>, <c>// ResponseType X</c>, annotations in comments, names kept as written.
        /// </summary>
        Et,
    }
}
