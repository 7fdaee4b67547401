using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Proto.Model
{
    /// <summary>
    /// The constants class ET's Proto2CS writes for a file (<c>OuterMessage.C2R_Login</c>): one <c>const ushort</c> per
    /// message with an opcode, in file order.
    /// </summary>
    internal sealed record EtOpcodesModel(
        string? Namespace,
        string ClassName,
        EquatableArray<EtOpcodeModel> Opcodes,
        ProtoLocation Location,
        string HintName);

    /// <summary>One constant: the message's name and its opcode.</summary>
    internal sealed record EtOpcodeModel(string Name, ushort Opcode);
}
