using System.Collections.Generic;
using System.IO;
using EtProtocolGen.Analyzers.Manifest;
using EtProtocolGen.Tool.Inputs;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Tool.Commands
{
    /// <summary>
    /// <c>etprotocolgen diff --against OLD [NEW]</c>: the breaking and security-relevant changes from one manifest to another,
    /// by the analyzers' own rules, one per line with its diagnostic ID; exit 1 when there are any (like <c>buf breaking --against</c>).
    /// </summary>
    internal static class DiffCommand
    {
        public static int Run(Arguments arguments, TextWriter output)
        {
            arguments.AllowFlags();
            string against = arguments.Option("--against") ?? throw new ToolException("diff needs --against <old manifest>");
            if (arguments.Positional.Count > 1)
            {
                throw new ToolException("diff compares with one manifest");
            }

            string current = arguments.Positional.Count == 1 ? arguments.Positional[0] : ".";
            List<ManifestChange> changes = ManifestComparer.Compare(ManifestLoader.Declared(against), ManifestLoader.Declared(current));
            int breaking = 0;
            foreach (ManifestChange change in changes)
            {
                DiagnosticDescriptor descriptor = ManifestDiagnostics.Descriptor(change.Rule);
                bool isBreaking = ManifestDiagnostics.IsBreaking(change.Rule);
                breaking += isBreaking ? 1 : 0;
                output.WriteLine(descriptor.Id + " " + (isBreaking ? "breaking" : "security") + ": " + change.Description);
            }

            output.WriteLine(changes.Count == 0
                ? "No breaking or security-relevant changes against " + against + "."
                : changes.Count + " change(s) against " + against + ": " + breaking + " breaking, " + (changes.Count - breaking) + " security-relevant.");
            return changes.Count == 0 ? 0 : 1;
        }
    }
}
