using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Generator.Model
{
    /// <summary>
    /// The assembly's <c>[ProtocolLimits]</c> as declared (0 = not set). The effective values fall back to the
    /// runtime's built-in defaults (<see cref="RuntimeContract.Limits"/>).
    /// </summary>
    internal sealed record LimitsModel(
        int MaxMessageSize,
        int MaxDepth,
        int DefaultMaxLength,
        int DefaultMaxStringLength,
        int DefaultMaxBytesLength,
        int DefaultMaxCollectionLength)
    {
        public static LimitsModel None { get; } = new LimitsModel(0, 0, 0, 0, 0, 0);

        public int EffectiveMaxMessageSize => MaxMessageSize > 0 ? MaxMessageSize : RuntimeContract.Limits.DefaultMaxMessageSize;

        public int EffectiveMaxDepth => ClampDepth(MaxDepth > 0 ? MaxDepth : RuntimeContract.Limits.DefaultMaxDepth);

        /// <summary>Bound in characters for strings without [MaxLength]; 0 = bounded by the message size only.</summary>
        public int StringLimit => FirstSet(DefaultMaxStringLength, DefaultMaxLength);

        /// <summary>Bound in bytes for bytes without [MaxLength]; 0 = bounded by the message size only.</summary>
        public int BytesLimit => FirstSet(DefaultMaxBytesLength, DefaultMaxLength);

        /// <summary>Bound in elements for collections and maps without [MaxLength]; 0 = bounded by the message size only.</summary>
        public int CollectionLimit => FirstSet(DefaultMaxCollectionLength, DefaultMaxLength);

        /// <summary>The assembly's bound for a field of <paramref name="kind"/> without [MaxLength]; 0 = bounded by the message size only.</summary>
        public int DefaultLengthLimit(LengthKind kind) => kind switch
        {
            LengthKind.String => StringLimit,
            LengthKind.Bytes => BytesLimit,
            LengthKind.Collection => CollectionLimit,
            _ => 0,
        };

        public static int ClampDepth(int depth) => depth > RuntimeContract.Limits.MaxSupportedDepth ? RuntimeContract.Limits.MaxSupportedDepth : depth;

        private static int FirstSet(int specific, int general) => specific > 0 ? specific : general > 0 ? general : 0;
    }
}
