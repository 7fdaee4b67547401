using System.Collections.Generic;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Proto.Parsing;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>A message while the binder works on it: what it resolved, what it depends on, whether it can be generated.</summary>
    internal sealed class BoundMessage
    {
        public BoundMessage(ProtoTypeEntry entry, List<ProtoProblem> problems)
        {
            Entry = entry;
            Problems = problems;
        }

        public ProtoTypeEntry Entry { get; }

        public ProtoMessageSyntax Syntax => Entry.Message!;

        /// <summary>The problems of its file: a problem about the message goes there.</summary>
        public List<ProtoProblem> Problems { get; }

        /// <summary>An error concerns it (directly, or through a type it uses): it is not generated.</summary>
        public bool HasError { get; private set; }

        public ProtoMessageKind Kind { get; set; }

        public ushort? Opcode { get; set; }

        public bool IsInner { get; set; }

        public ProtoMessageSettings Settings { get; set; } = new ProtoMessageSettings();

        /// <summary>The <c>[ResponseType]</c> type, fully qualified, or null.</summary>
        public string? ResponseTypeName { get; set; }

        /// <summary>The response when it is a message of the project's .proto files, or null.</summary>
        public ProtoTypeEntry? ResponseEntry { get; set; }

        /// <summary>The response when it is a C# message, or null.</summary>
        public ProtoExternalType? ResponseExternal { get; set; }

        public List<BoundField> Fields { get; } = new List<BoundField>();

        /// <summary>The runtime interface and any ET marker interface, fully qualified.</summary>
        public List<string> Interfaces { get; } = new List<string>();

        public EquatableArray<string> Documentation { get; set; } = EquatableArray<string>.Empty;

        /// <summary>The .proto types it uses, with where it names each: it can be generated only if they can.</summary>
        public List<(ProtoTypeEntry Type, SourceSpan Span)> Dependencies { get; } = new List<(ProtoTypeEntry, SourceSpan)>();

        public void Report(ProtoProblem problem)
        {
            Problems.Add(problem);
            if (ProtoProblems.IsError(problem.Kind))
            {
                HasError = true;
            }
        }

        /// <summary>Marks it as not generated because a type it uses is not.</summary>
        public void Fail() => HasError = true;
    }
}
