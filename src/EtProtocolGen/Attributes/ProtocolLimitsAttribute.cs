using System;

namespace EtProtocolGen
{
    /// <summary>
    /// Assembly-wide decoding limits baked into the generated decoders. Properties left at 0 keep the
    /// built-in defaults (<see cref="DefaultMaxMessageSize"/>, <see cref="DefaultMaxDepth"/>); a default
    /// length left at 0 means a field without <see cref="MaxLengthAttribute"/> is bounded only by the message size.
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
    }
}
