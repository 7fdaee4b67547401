using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EtProtocolGen.Analyzers.Manifest;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Tool.ExportTests.Infrastructure
{
    /// <summary>
    /// A protocol as manifest lines (docs/review.md), the form in which two protocols compare: the manifest of its messages
    /// (not of the handlers an assembly may also hold: they are the server's code, not the protocol), and lines of the same
    /// form for its values (messages without an opcode), which a manifest leaves out.
    /// </summary>
    internal static class ProtocolLines
    {
        public static List<string> Of(ProtocolSymbols symbols, IAssemblySymbol assembly)
        {
            var builder = new ManifestBuilder(symbols, assembly, CancellationToken.None);
            var lines = ManifestWriter.Write(builder.Build(CancellationToken.None).Manifest)
                .Where(line => !line.StartsWith(ManifestText.Assembly + " " + ManifestText.ReservedOpcode, System.StringComparison.Ordinal)
                    && !line.StartsWith(ManifestText.Handler + " ", System.StringComparison.Ordinal))
                .ToList();
            foreach (INamedTypeSymbol type in Types(assembly.GlobalNamespace))
            {
                if (ProtocolMessage.TryGet(type, out ProtocolMessage message) && message.IsValueOnly)
                {
                    // A value's lines as a message's would read, without what only a message with an opcode has.
                    string prefix = "value " + ManifestBuilder.Name(type) + " ";
                    lines.Add(prefix.TrimEnd() + (message.MaxDepth > 0 ? " max-depth=" + message.MaxDepth : "") + (type.IsValueType ? " " + ManifestText.Struct : ""));
                    lines.AddRange(symbols.GetFields(type).Select(builder.Field).OfType<FieldEntry>().Select(field => prefix + ManifestWriter.Write(field)));
                    var numbers = new SortedSet<int>();
                    var names = new SortedSet<string>(System.StringComparer.Ordinal);
                    Reservations.ReadFields(type, numbers, names);
                    lines.AddRange(numbers.Select(number => prefix + ManifestText.Reserved + " " + number));
                    lines.AddRange(names.Select(name => prefix + ManifestText.ReservedName + " " + name));
                }
            }

            lines.Sort(System.StringComparer.Ordinal);
            return lines;
        }

        private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol root)
        {
            foreach (INamespaceOrTypeSymbol member in root.GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    foreach (INamedTypeSymbol type in Types(ns))
                    {
                        yield return type;
                    }
                }
                else if (member is INamedTypeSymbol type)
                {
                    yield return type;
                }
            }
        }
    }
}
