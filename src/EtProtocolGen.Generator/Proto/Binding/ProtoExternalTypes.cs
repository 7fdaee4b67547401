using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>
    /// What the compilation says about the names the .proto files use: the C# types found under their candidate names and
    /// the user's partial classes of .proto messages. Equatable, so a C# edit that changes none of it leaves the .proto
    /// messages cached.
    /// </summary>
    internal sealed record ProtoExternalTypes(EquatableArray<ProtoExternalType> Types, EquatableArray<ProtoPartialType> Partials)
    {
        public static ProtoExternalTypes None { get; } = new ProtoExternalTypes(EquatableArray<ProtoExternalType>.Empty, EquatableArray<ProtoPartialType>.Empty);

        /// <summary>The type found under <paramref name="metadataName"/>, or null.</summary>
        public ProtoExternalType? Find(string metadataName)
        {
            foreach (ProtoExternalType type in Types)
            {
                if (type.MetadataName == metadataName)
                {
                    return type;
                }
            }

            return null;
        }

        /// <summary>The user's partial class of the message <paramref name="metadataName"/>, or null.</summary>
        public ProtoPartialType? FindPartial(string metadataName)
        {
            foreach (ProtoPartialType partial in Partials)
            {
                if (partial.MetadataName == metadataName)
                {
                    return partial;
                }
            }

            return null;
        }
    }
}
