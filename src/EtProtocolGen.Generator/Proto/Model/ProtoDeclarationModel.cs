using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Proto.Model
{
    /// <summary>
    /// The partial class a .proto message becomes: the declaration a user would write by hand (attributes, interfaces,
    /// properties with their attributes), so that the serializer, registry, dispatch and the analyzers see an ordinary
    /// annotated type. Every attribute is written from the same bound value the serializer's model holds.
    /// </summary>
    /// <param name="Attributes">The type's attributes without brackets, fully qualified.</param>
    /// <param name="Interfaces">The interfaces it declares (<c>global::EtProtocolGen.IRequest</c>, an ET marker interface).</param>
    /// <param name="Properties">One per field, by field number.</param>
    /// <param name="Documentation">Its documentation lines.</param>
    /// <param name="Location">The line of the message's name in the .proto file.</param>
    internal sealed record ProtoDeclarationModel(
        EquatableArray<string> Attributes,
        EquatableArray<string> Interfaces,
        EquatableArray<ProtoPropertyModel> Properties,
        EquatableArray<string> Documentation,
        ProtoLocation Location);
}
