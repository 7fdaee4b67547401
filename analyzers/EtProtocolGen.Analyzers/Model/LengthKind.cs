namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>What [MaxLength] counts for a field type.</summary>
    internal enum LengthKind
    {
        /// <summary>Not bounded by [MaxLength]: a number, a bool, an enum, a nested message.</summary>
        None,

        /// <summary>A string, counted in characters.</summary>
        String,

        /// <summary>A <c>byte[]</c>, <c>ReadOnlyMemory&lt;byte&gt;</c> or <c>Memory&lt;byte&gt;</c>, counted in bytes.</summary>
        Bytes,

        /// <summary>A repeated field or a map, counted in elements.</summary>
        Collection,
    }
}
