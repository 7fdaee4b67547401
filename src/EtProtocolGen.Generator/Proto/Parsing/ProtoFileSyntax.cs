using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Proto.Parsing
{
    /// <summary>One parsed .proto file: what it declares, as written, and the problems the parser found.</summary>
    /// <param name="Path">The file's path as the build gives it (the AdditionalFiles item).</param>
    /// <param name="Syntax">Its <c>syntax</c> statement.</param>
    /// <param name="SyntaxSpan">Where that statement is (the file's start when there is none).</param>
    /// <param name="Package">Its <c>package</c>, or null.</param>
    /// <param name="Imports">Its imports.</param>
    /// <param name="Options">Its file-level options.</param>
    /// <param name="Messages">Its top-level messages.</param>
    /// <param name="Enums">Its top-level enums.</param>
    /// <param name="Problems">Syntax errors and ignored constructs; any error means nothing of the file is generated.</param>
    internal sealed record ProtoFileSyntax(
        string Path,
        ProtoSyntaxVersion Syntax,
        SourceSpan SyntaxSpan,
        string? Package,
        EquatableArray<ProtoImportSyntax> Imports,
        EquatableArray<ProtoOptionSyntax> Options,
        EquatableArray<ProtoMessageSyntax> Messages,
        EquatableArray<ProtoEnumSyntax> Enums,
        EquatableArray<ProtoProblem> Problems)
    {
        /// <summary>True when the parser found an error: the generator emits nothing for the file.</summary>
        public bool HasErrors
        {
            get
            {
                foreach (ProtoProblem problem in Problems)
                {
                    if (ProtoProblems.IsError(problem.Kind))
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
