namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>The libraries compared. A benchmark method is named <c>Library_Operation</c>, e.g. <c>MemoryPack_Serialize</c>.</summary>
    public static class Libraries
    {
        public const string EtProtocolGen = nameof(EtProtocolGen);
        public const string MemoryPack = nameof(MemoryPack);
        public const string MessagePack = nameof(MessagePack);
        public const string ProtobufNet = nameof(ProtobufNet);
        public const string GoogleProtobuf = nameof(GoogleProtobuf);

        public const string Serialize = nameof(Serialize);
        public const string Deserialize = nameof(Deserialize);

        /// <summary>The library part of a benchmark method's name.</summary>
        public static string Of(string methodName)
        {
            int separator = methodName.IndexOf('_');
            return separator < 0 ? methodName : methodName.Substring(0, separator);
        }
    }
}
