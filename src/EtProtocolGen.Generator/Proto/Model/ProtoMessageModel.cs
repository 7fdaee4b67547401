using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;

namespace EtProtocolGen.Generator.Proto.Model
{
    /// <summary>A .proto message ready to emit: its declaration and the serializer model a hand-written message would have.</summary>
    /// <param name="Containers">The classes that enclose it (outermost first) with their declarations' modifiers.</param>
    /// <param name="Declaration">The partial class with its attributes and properties.</param>
    /// <param name="Serializer">The same <see cref="MessageModel"/> the attribute parser would build from the declaration.</param>
    /// <param name="HintName">The generated file's name.</param>
    /// <param name="Dispatch">
    /// For a message with an opcode, what the dispatch parser would read from the declaration: the registry, the dispatchers and
    /// the typed calls take it (they cannot see the generated declaration); null for a value.
    /// </param>
    internal sealed record ProtoMessageModel(
        EquatableArray<ProtoContainerModel> Containers,
        ProtoDeclarationModel Declaration,
        MessageModel Serializer,
        string HintName,
        DispatchMessageModel? Dispatch);
}
