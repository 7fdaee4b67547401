namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>What a C# type named in a .proto file is to the wire.</summary>
    internal enum ProtoExternalKind
    {
        /// <summary>A C# <c>[Message]</c> with a serializer: an embedded message (ET's <c>LSInput</c> declared in C#).</summary>
        Message,

        /// <summary>A C# enum with a 32-bit or narrower underlying type.</summary>
        Enum,

        /// <summary>An engine type mapped by <c>[assembly: WireSurrogate]</c> to a message that carries it on the wire.</summary>
        Surrogate,

        /// <summary>An interface: a marker ET's <c>// IInterface</c> comment may name.</summary>
        Interface,

        /// <summary>A type the wire cannot carry; <see cref="ProtoExternalType.Problem"/> says why and what to do.</summary>
        Unusable,
    }
}
