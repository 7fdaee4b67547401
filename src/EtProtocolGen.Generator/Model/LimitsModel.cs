namespace EtProtocolGen.Generator.Model
{
    /// <summary>
    /// The assembly's <c>[ProtocolLimits]</c> as declared (0 = not set). The effective values fall back to the
    /// runtime's built-in defaults, which the generator mirrors here because it cannot reference the runtime.
    /// </summary>
    internal sealed record LimitsModel(
        int MaxMessageSize,
        int MaxDepth,
        int DefaultMaxLength,
        int DefaultMaxStringLength,
        int DefaultMaxBytesLength,
        int DefaultMaxCollectionLength)
    {
        /// <summary>ProtocolLimitsAttribute.DefaultMaxMessageSize.</summary>
        public const int BuiltInMaxMessageSize = 1024 * 1024;

        /// <summary>ProtocolLimitsAttribute.DefaultMaxDepth.</summary>
        public const int BuiltInMaxDepth = 64;

        /// <summary>ProtocolLimitsAttribute.MaxSupportedDepth.</summary>
        public const int MaxSupportedDepth = 256;

        public static LimitsModel None { get; } = new LimitsModel(0, 0, 0, 0, 0, 0);

        public int EffectiveMaxMessageSize => MaxMessageSize > 0 ? MaxMessageSize : BuiltInMaxMessageSize;

        public int EffectiveMaxDepth => ClampDepth(MaxDepth > 0 ? MaxDepth : BuiltInMaxDepth);

        /// <summary>Bound in characters for strings without [MaxLength]; 0 = bounded by the message size only.</summary>
        public int StringLimit => FirstSet(DefaultMaxStringLength, DefaultMaxLength);

        /// <summary>Bound in bytes for bytes without [MaxLength]; 0 = bounded by the message size only.</summary>
        public int BytesLimit => FirstSet(DefaultMaxBytesLength, DefaultMaxLength);

        /// <summary>Bound in elements for collections and maps without [MaxLength]; 0 = bounded by the message size only.</summary>
        public int CollectionLimit => FirstSet(DefaultMaxCollectionLength, DefaultMaxLength);

        public static int ClampDepth(int depth) => depth > MaxSupportedDepth ? MaxSupportedDepth : depth;

        private static int FirstSet(int specific, int general) => specific > 0 ? specific : general > 0 ? general : 0;
    }
}
