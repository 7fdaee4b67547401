using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Model
{
    /// <summary>Everything the emitter needs to write one message's serializer; no symbols, no syntax.</summary>
    /// <param name="Namespace">The containing namespace, or null for the global namespace.</param>
    /// <param name="ContainingTypes">Enclosing types, outermost first.</param>
    /// <param name="Name">The type's name.</param>
    /// <param name="Keyword">The declaration keyword: <c>class</c>, <c>struct</c>, <c>record</c> or <c>record struct</c>.</param>
    /// <param name="FullyQualifiedName">The type's name with <c>global::</c>, namespace and enclosing types.</param>
    /// <param name="HintName">The generated file name: <c>Namespace.Outer.Type.g.cs</c>.</param>
    /// <param name="Opcode">The [Message] opcode; null for a message used only inside others (<c>[Message]</c>).</param>
    /// <param name="MaxDepth">The [Message(MaxDepth = n)] value, or 0.</param>
    /// <param name="Printing">Which printing member to generate.</param>
    /// <param name="Fields">The [Field] members, by field number.</param>
    internal sealed record MessageModel(
        string? Namespace,
        EquatableArray<ContainingTypeModel> ContainingTypes,
        string Name,
        string Keyword,
        string FullyQualifiedName,
        string HintName,
        ushort? Opcode,
        int MaxDepth,
        ToStringKind Printing,
        EquatableArray<FieldModel> Fields);
}
