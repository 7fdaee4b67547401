using System.Collections.Generic;
using EtProtocolGen.Generator.Proto.Model;
using EtProtocolGen.Generator.Proto.Parsing;

namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>One file as the binder reads it: its dialect, namespace, ET file name and the files whose types it can see.</summary>
    internal sealed class ProtoFileContext
    {
        public ProtoFileContext(ProtoFileSyntax syntax, ProtoDialect dialect, EtFileName etName, string? namespaceName)
        {
            Syntax = syntax;
            Dialect = dialect;
            EtName = etName;
            Namespace = namespaceName;
        }

        public ProtoFileSyntax Syntax { get; }

        public ProtoDialect Dialect { get; }

        public bool IsEt => Dialect == ProtoDialect.Et;

        /// <summary>For ET-dialect files: the constants class, side and opcode base.</summary>
        public EtFileName EtName { get; }

        /// <summary>The C# namespace of its types, or null for the global namespace.</summary>
        public string? Namespace { get; }

        /// <summary>The proto package, or "".</summary>
        public string Package => Syntax.Package ?? "";

        /// <summary>Files it imports (directly or through <c>import public</c>); ET-dialect files see every file.</summary>
        public HashSet<string> VisibleFiles { get; } = new HashSet<string>(System.StringComparer.Ordinal);

        /// <summary>Why its ET file name gives no opcodes, or null.</summary>
        public string? EtNameError { get; set; }

        /// <summary>True when nothing of the file can be generated: a syntax error, or an ET name whose opcodes cannot be numbered.</summary>
        public bool IsBroken => Syntax.HasErrors || EtNameError is not null;
    }
}
