namespace EtProtocolGen.Generator
{
    /// <summary>
    /// The runtime's values that the generator and the analyzers depend on. They run inside the compiler, which never loads
    /// the runtime, so they cannot read these from it: this is the one copy, compiled into both, and
    /// <c>tests/EtProtocolGen.Generator.Tests/RuntimeContractTests.cs</c> pins every value to the runtime's own.
    /// </summary>
    internal static class RuntimeContract
    {
        /// <summary>The runtime's namespace: every attribute and type the generated code uses lives in it.</summary>
        public const string Namespace = "EtProtocolGen";

        /// <summary>The runtime's assembly version (three parts), which generated code is written against; stamped into <c>[GeneratedCode]</c>.</summary>
        public const string Version = "0.1.0";

        /// <summary><c>[global::System.CodeDom.Compiler.GeneratedCode]</c> with the tool name and <see cref="Version"/>, for every generated type and member.</summary>
        public const string GeneratedCodeAttribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"EtProtocolGen\", \"" + Version + "\")]";

        /// <summary>The constants of <c>EtProtocolGen.ProtocolLimitsAttribute</c>.</summary>
        public static class Limits
        {
            /// <summary><c>ProtocolLimitsAttribute.DefaultMaxMessageSize</c>: 1 MiB.</summary>
            public const int DefaultMaxMessageSize = 1024 * 1024;

            /// <summary><c>ProtocolLimitsAttribute.DefaultMaxDepth</c>.</summary>
            public const int DefaultMaxDepth = 64;

            /// <summary><c>ProtocolLimitsAttribute.MaxSupportedDepth</c>: deeper declarations are clamped to it.</summary>
            public const int MaxSupportedDepth = 256;
        }

        /// <summary>The values of <c>EtProtocolGen.FieldEncoding</c>, as [Field(Encoding = ...)] carries them.</summary>
        public static class FieldEncoding
        {
            /// <summary><c>FieldEncoding.Default</c>: varint.</summary>
            public const int Default = 0;

            /// <summary><c>FieldEncoding.ZigZag</c>: sint32/sint64.</summary>
            public const int ZigZag = 1;

            /// <summary><c>FieldEncoding.Fixed</c>: fixed32/fixed64/sfixed32/sfixed64.</summary>
            public const int Fixed = 2;
        }

        /// <summary>The values of <c>EtProtocolGen.Wire.WireType</c>: the low three bits of a tag.</summary>
        public static class WireType
        {
            /// <summary><c>WireType.Varint</c>.</summary>
            public const int Varint = 0;

            /// <summary><c>WireType.Fixed64</c>.</summary>
            public const int Fixed64 = 1;

            /// <summary><c>WireType.LengthDelimited</c>.</summary>
            public const int LengthDelimited = 2;

            /// <summary><c>WireType.Fixed32</c>.</summary>
            public const int Fixed32 = 5;
        }

        /// <summary>The values of <c>EtProtocolGen.MessageScope</c>, as [Message(Scope = ...)] carries them.</summary>
        public static class MessageScope
        {
            /// <summary><c>MessageScope.Outer</c>: client to server, untrusted.</summary>
            public const int Outer = 0;

            /// <summary><c>MessageScope.Inner</c>: server to server only.</summary>
            public const int Inner = 1;
        }

        /// <summary>The values of <c>EtProtocolGen.MessageDirection</c> (flags), as [Message(Direction = ...)] carries them.</summary>
        public static class MessageDirection
        {
            /// <summary><c>MessageDirection.None</c>: not declared (inferred); on a descriptor, an inner message.</summary>
            public const int None = 0;

            /// <summary><c>MessageDirection.ClientToServer</c>: the server decodes it from clients.</summary>
            public const int ClientToServer = 1;

            /// <summary><c>MessageDirection.ServerToClient</c>: clients decode it.</summary>
            public const int ServerToClient = 2;

            /// <summary><c>MessageDirection.Both</c>.</summary>
            public const int Both = ClientToServer | ServerToClient;
        }

        /// <summary>The values of <c>EtProtocolGen.RateLimitPartition</c> (flags), as [RateLimit(Per = ...)] carries them.</summary>
        public static class RateLimitPartition
        {
            /// <summary><c>RateLimitPartition.Connection</c>.</summary>
            public const int Connection = 1;

            /// <summary><c>RateLimitPartition.RemoteAddress</c>.</summary>
            public const int RemoteAddress = 2;

            /// <summary><c>RateLimitPartition.Account</c>.</summary>
            public const int Account = 4;

            /// <summary><c>RateLimitPartition.Global</c>.</summary>
            public const int Global = 8;
        }

        /// <summary>The constants of <c>RateLimitAttribute</c>, <c>MaxConcurrencyAttribute</c> and the anonymous default of <c>ProtocolLimitsAttribute</c>.</summary>
        public static class RateLimits
        {
            /// <summary><c>RateLimitAttribute.MaxPermits</c>.</summary>
            public const int MaxPermits = 1_000_000;

            /// <summary><c>RateLimitAttribute.MaxPerSeconds</c>: one day.</summary>
            public const int MaxPerSeconds = 86_400;

            /// <summary><c>MaxConcurrencyAttribute.MaxLimit</c>.</summary>
            public const int MaxConcurrency = 1_000_000;

            /// <summary>The default of <c>RateLimitAttribute.Per</c>.</summary>
            public const int DefaultRatePartitions = RateLimitPartition.Connection;

            /// <summary>The default of <c>MaxConcurrencyAttribute.Per</c>.</summary>
            public const int DefaultConcurrencyPartitions = RateLimitPartition.Global;

            /// <summary><c>ProtocolLimitsAttribute.DefaultAnonymousRequestPermits</c>.</summary>
            public const int DefaultAnonymousPermits = 10;

            /// <summary><c>ProtocolLimitsAttribute.DefaultAnonymousRequestPerSeconds</c>.</summary>
            public const int DefaultAnonymousPerSeconds = 10;

            /// <summary><c>ProtocolLimitsAttribute.DefaultAnonymousRequestPer</c>.</summary>
            public const int DefaultAnonymousPartitions = RateLimitPartition.Connection | RateLimitPartition.RemoteAddress;
        }
    }
}
