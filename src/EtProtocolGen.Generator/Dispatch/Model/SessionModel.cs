using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Dispatch.Model
{
    /// <summary>The session type a handler takes.</summary>
    /// <param name="TypeName">The fully qualified name with <c>global::</c>.</param>
    /// <param name="Name">The type's own name.</param>
    /// <param name="IsValueType">It is a struct (no null check is emitted).</param>
    /// <param name="AssignableTo">The type itself, its base classes and all its interfaces, fully qualified: a dispatcher whose session type lists a handler's session type can pass its session to that handler.</param>
    /// <param name="IsPublic">The type is public, with every containing type and type argument: a public dispatcher may take it.</param>
    internal sealed record SessionModel(string TypeName, string Name, bool IsValueType, EquatableArray<string> AssignableTo, bool IsPublic);
}
