namespace EtProtocolGen.Generator
{
    /// <summary>Names of the tracked pipeline steps, so tests can check that each one is cached.</summary>
    internal static class TrackingNames
    {
        /// <summary>Each [Message] type turned into a model, or null when it cannot be emitted.</summary>
        public const string MessageModels = nameof(MessageModels);

        /// <summary>The models that can be emitted.</summary>
        public const string EmittableMessages = nameof(EmittableMessages);

        /// <summary>The assembly's [ProtocolLimits].</summary>
        public const string Limits = nameof(Limits);

        /// <summary>Each emittable message paired with the assembly's limits.</summary>
        public const string MessagesWithLimits = nameof(MessagesWithLimits);

        /// <summary>The file names of every message, made unique.</summary>
        public const string HintNames = nameof(HintNames);

        /// <summary>Each message with its limits and the unique file names: what one output is emitted from.</summary>
        public const string MessagesToEmit = nameof(MessagesToEmit);

        /// <summary>Each .proto file, parsed.</summary>
        public const string ProtoFiles = nameof(ProtoFiles);

        /// <summary>All .proto files, in path order.</summary>
        public const string ProtoFileSet = nameof(ProtoFileSet);

        /// <summary>The C# names the .proto files use.</summary>
        public const string ProtoLookups = nameof(ProtoLookups);

        /// <summary>What the compilation says about those names.</summary>
        public const string ProtoExternals = nameof(ProtoExternals);

        /// <summary>Every .proto file, bound.</summary>
        public const string ProtoProtocol = nameof(ProtoProtocol);

        /// <summary>Each .proto message that can be generated, with the assembly's limits.</summary>
        public const string ProtoMessages = nameof(ProtoMessages);

        /// <summary>Each .proto enum.</summary>
        public const string ProtoEnums = nameof(ProtoEnums);

        /// <summary>Each ET-dialect file's constants class.</summary>
        public const string ProtoOpcodes = nameof(ProtoOpcodes);
    }
}
