namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary>The label before a field's type.</summary>
    internal enum ProtoFieldLabel
    {
        /// <summary>No label: one value (proto3 implicit presence).</summary>
        None,

        /// <summary><c>optional</c>: one value with explicit presence.</summary>
        Optional,

        /// <summary><c>repeated</c>: a list.</summary>
        Repeated,

        /// <summary><c>required</c>: proto2 only.</summary>
        Required,

        /// <summary><c>map&lt;K, V&gt;</c>: a map (the key type is <see cref="ProtoFieldSyntax.KeyTypeName"/>).</summary>
        Map,
    }
}
