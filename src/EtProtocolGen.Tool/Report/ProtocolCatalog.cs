using System;
using System.Collections.Generic;
using EtProtocolGen.Analyzers.Manifest;

namespace EtProtocolGen.Tool.Report
{
    /// <summary>Every message of the manifests a report reads, by full name, with the assembly entry of the manifest that declares it.</summary>
    internal sealed class ProtocolCatalog
    {
        private readonly Dictionary<string, (MessageEntry Message, AssemblyEntry? Assembly)> messages = new Dictionary<string, (MessageEntry, AssemblyEntry?)>(StringComparer.Ordinal);
        private readonly Dictionary<string, long?> structSizes = new Dictionary<string, long?>(StringComparer.Ordinal);

        public ProtocolCatalog(IEnumerable<ProtocolManifest> manifests)
        {
            foreach (ProtocolManifest manifest in manifests)
            {
                foreach (MessageEntry message in manifest.Messages)
                {
                    messages[message.Name] = (message, manifest.Assembly);
                }
            }
        }

        public MessageEntry? Find(string name) => messages.TryGetValue(name, out var found) ? found.Message : null;

        public AssemblyEntry? AssemblyOf(string name) => messages.TryGetValue(name, out var found) ? found.Assembly : null;

        /// <summary>The inline size of a struct message; null for a class or a message the manifests do not hold.</summary>
        public long? StructSize(string name)
        {
            if (structSizes.TryGetValue(name, out long? size))
            {
                return size;
            }

            MessageEntry? message = Find(name);
            structSizes[name] = null; // a struct cannot contain itself; this also ends a malformed cycle
            size = message is { IsValueType: true } ? ClrLayout.Instance(message, isStruct: true, this) : null;
            structSizes[name] = size;
            return size;
        }
    }
}
