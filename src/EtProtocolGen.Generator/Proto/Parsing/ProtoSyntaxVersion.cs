namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary>The file's <c>syntax</c> (or <c>edition</c>) statement.</summary>
    internal enum ProtoSyntaxVersion
    {
        /// <summary>No statement: read as proto3, with a warning (protoc would read proto2).</summary>
        Unspecified,

        /// <summary><c>syntax = "proto3";</c></summary>
        Proto3,

        /// <summary><c>syntax = "proto2";</c>: not supported.</summary>
        Proto2,

        /// <summary><c>edition = "...";</c>: not supported.</summary>
        Edition,
    }
}
