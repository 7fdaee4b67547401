namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>How many values a field holds on the wire.</summary>
    internal enum FieldCardinality
    {
        /// <summary>One value; absent means the default (proto3 implicit presence).</summary>
        Single,

        /// <summary>One value with explicit presence (a nullable scalar, proto3 <c>optional</c>).</summary>
        Optional,

        /// <summary>A list or array (protobuf <c>repeated</c>).</summary>
        Repeated,

        /// <summary>A dictionary (protobuf <c>map</c>).</summary>
        Map,
    }
}
