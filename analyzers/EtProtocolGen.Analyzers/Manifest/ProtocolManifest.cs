using System.Collections.Generic;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>
    /// What one assembly declares about its protocol: the assembly's limits and reserved opcodes, its messages and its
    /// handlers. Built from source by the analyzer and read back from Protocol.*.txt by the analyzer and the tool.
    /// </summary>
    internal sealed class ProtocolManifest
    {
        public ProtocolManifest(AssemblyEntry? assembly, IReadOnlyList<MessageEntry> messages, IReadOnlyList<HandlerEntry> handlers)
        {
            Assembly = assembly;
            Messages = messages;
            Handlers = handlers;
        }

        /// <summary>Null in a manifest that records no assembly line (an assembly without messages).</summary>
        public AssemblyEntry? Assembly { get; }

        public IReadOnlyList<MessageEntry> Messages { get; }

        public IReadOnlyList<HandlerEntry> Handlers { get; }
    }
}
