using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>
    /// The names the binder will ask the compilation about, found from the parsed files alone: candidate metadata names of
    /// every type and ET interface the catalog does not declare, and the metadata names of the .proto messages themselves
    /// (for the user's partial classes). Equatable: a .proto edit that changes no name leaves the C# lookups cached.
    /// </summary>
    internal sealed record ProtoLookups(EquatableArray<string> TypeNames, EquatableArray<string> MessageNames)
    {
        public static ProtoLookups None { get; } = new ProtoLookups(EquatableArray<string>.Empty, EquatableArray<string>.Empty);
    }
}
