namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>
    /// A partial class the user wrote for a .proto message (to add members): what the generated part must not declare again
    /// or must call. Read from the compilation the generator sees, where only the user's parts exist.
    /// </summary>
    /// <param name="MetadataName">The message's metadata name.</param>
    /// <param name="DeclaresToString">It declares <c>ToString()</c>: no generated one.</param>
    /// <param name="ImplementsOnValidate">It implements the partial <c>OnValidate</c> hook.</param>
    internal sealed record ProtoPartialType(string MetadataName, bool DeclaresToString, bool ImplementsOnValidate);
}
