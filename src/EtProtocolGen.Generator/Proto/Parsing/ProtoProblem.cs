using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary>
    /// Something wrong in a .proto file, where it is and the words that fill its message. The generator drops problems (it
    /// reports nothing and skips what they concern); the .proto analyzer, which runs the same parser and binder, reports
    /// each as the ETP03xx diagnostic of its <see cref="Kind"/> at <see cref="Span"/>.
    /// </summary>
    internal sealed record ProtoProblem(ProtoProblemKind Kind, SourceSpan Span, EquatableArray<string> Arguments)
    {
        public static ProtoProblem Of(ProtoProblemKind kind, SourceSpan span, params string[] arguments) =>
            new ProtoProblem(kind, span, new EquatableArray<string>(arguments));
    }
}
