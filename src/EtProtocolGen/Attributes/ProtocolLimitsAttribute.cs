using System;

namespace EtProtocolGen
{
    /// <summary>
    /// Assembly-wide limits baked into the generated code: decoding limits (properties left at 0 keep the built-in
    /// defaults <see cref="DefaultMaxMessageSize"/> and <see cref="DefaultMaxDepth"/>; a default length left at 0 means a
    /// field without <see cref="MaxLengthAttribute"/> is bounded only by the message size), and the rate limit generated
    /// dispatch applies to a request anonymous sessions may send when it declares no <see cref="RateLimitAttribute"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
    public sealed class ProtocolLimitsAttribute : Attribute
    {
        /// <summary>The built-in largest encoded message: 1 MiB.</summary>
        public const int DefaultMaxMessageSize = 1024 * 1024;

        /// <summary>The built-in deepest nesting of messages: 64.</summary>
        public const int DefaultMaxDepth = 64;

        /// <summary>The largest <see cref="MaxDepth"/> accepted; decoders recurse once per level, so this keeps stacks safe.</summary>
        public const int MaxSupportedDepth = 256;

        /// <summary>The built-in <see cref="AnonymousRequestPermits"/>: 10.</summary>
        public const int DefaultAnonymousRequestPermits = 10;

        /// <summary>The built-in <see cref="AnonymousRequestPerSeconds"/>: 10.</summary>
        public const int DefaultAnonymousRequestPerSeconds = 10;

        /// <summary>The built-in <see cref="AnonymousRequestPer"/>: per connection and per remote address.</summary>
        public const RateLimitPartition DefaultAnonymousRequestPer = RateLimitPartition.Connection | RateLimitPartition.RemoteAddress;

        /// <summary>The largest encoded message in bytes that <c>Parse</c> accepts.</summary>
        public int MaxMessageSize { get; set; }

        /// <summary>The deepest nesting of messages (1 .. <see cref="MaxSupportedDepth"/>).</summary>
        public int MaxDepth { get; set; }

        /// <summary>Bound for every string, bytes and collection field without <see cref="MaxLengthAttribute"/>.</summary>
        public int DefaultMaxLength { get; set; }

        /// <summary>Bound in characters for string fields without <see cref="MaxLengthAttribute"/>; overrides <see cref="DefaultMaxLength"/>.</summary>
        public int DefaultMaxStringLength { get; set; }

        /// <summary>Bound in bytes for bytes fields without <see cref="MaxLengthAttribute"/>; overrides <see cref="DefaultMaxLength"/>.</summary>
        public int DefaultMaxBytesLength { get; set; }

        /// <summary>Bound in elements for collection and map fields without <see cref="MaxLengthAttribute"/>; overrides <see cref="DefaultMaxLength"/>.</summary>
        public int DefaultMaxCollectionLength { get; set; }

        /// <summary>
        /// Permits of the default rate limit for an outer request that anonymous sessions may send and that declares no
        /// <see cref="RateLimitAttribute"/> per connection or per remote address (0 = <see cref="DefaultAnonymousRequestPermits"/>).
        /// Read from the assembly that compiles the dispatchers (where the handlers are).
        /// </summary>
        public int AnonymousRequestPermits { get; set; }

        /// <summary>Refill interval in seconds of the anonymous default (0 = <see cref="DefaultAnonymousRequestPerSeconds"/>).</summary>
        public int AnonymousRequestPerSeconds { get; set; }

        /// <summary>Partitions of the anonymous default (0 = <see cref="DefaultAnonymousRequestPer"/>).</summary>
        public RateLimitPartition AnonymousRequestPer { get; set; }
    }
}
