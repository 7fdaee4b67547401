namespace EtProtocolGen.Generator.Proto.Model
{
    /// <summary>A class that encloses a nested .proto type: its message, then the <c>Types</c> class (as Google.Protobuf nests them).</summary>
    /// <param name="Modifiers">The declaration's modifiers: <c>public partial</c>, <c>public static partial</c>.</param>
    /// <param name="Name">The class's name.</param>
    internal sealed record ProtoContainerModel(string Modifiers, string Name);
}
