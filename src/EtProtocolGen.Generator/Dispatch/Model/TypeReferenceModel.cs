using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Dispatch.Model
{
    /// <summary>
    /// A type argument of a handler interface that is no [Message] the compilation shows: a message generated from a .proto
    /// file, which the dispatch generator cannot see (generators do not see each other's output). Resolved against the .proto
    /// messages once they are bound (<see cref="Planning.ProtoHandlers"/>).
    /// </summary>
    /// <param name="FullName">The type, fully qualified with <c>global::</c>, when it binds (a partial class the user wrote for
    /// a .proto message, a C# response); null when it does not bind.</param>
    /// <param name="Written">For a type that does not bind, its name as written, with the qualifier the compiler kept (<c>C2R_Login</c>, <c>ET.C2R_Login</c>).</param>
    /// <param name="Scopes">For a type that does not bind, the namespaces the handler's code sees names in, nearest first:
    /// its own and the enclosing ones, then those its file and namespace blocks import.</param>
    internal sealed record TypeReferenceModel(string? FullName, string Written, EquatableArray<string> Scopes);
}
