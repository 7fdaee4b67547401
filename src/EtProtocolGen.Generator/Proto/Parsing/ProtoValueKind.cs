namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary>What an option's value is.</summary>
    internal enum ProtoValueKind
    {
        /// <summary>A name: an enum value, <c>true</c>, <c>false</c>, <c>inf</c>, <c>nan</c>.</summary>
        Identifier,

        /// <summary>An integer, with its sign.</summary>
        Integer,

        /// <summary>A floating-point number, with its sign.</summary>
        Float,

        /// <summary>A string (its unescaped value).</summary>
        String,

        /// <summary>A message value in text format: <c>{ permits: 5 per_seconds: 60 }</c>.</summary>
        Aggregate,
    }
}
