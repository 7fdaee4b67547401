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
    /// A protocol as manifest lines (docs/review.md), the form in which two protocols compare: the manifest of its messages,
    /// and the same lines for its values (messages without an opcode, written as opcode 0), which a manifest leaves out.
    /// </summary>
    internal static class ProtocolLines
    {
        public static List<string> Of(ProtocolSymbols symbols, IAssemblySymbol assembly)
        {
            var builder = new ManifestBuilder(symbols, assembly, CancellationToken.None);
            var lines = ManifestWriter.Write(builder.Build(CancellationToken.None).Manifest)
                .Where(line => !line.StartsWith(ManifestText.Assembly + " " + ManifestText.ReservedOpcode, System.StringComparison.Ordinal))
                .ToList();
            foreach (INamedTypeSymbol type in Types(assembly.GlobalNamespace))
            {
                if (ProtocolMessage.TryGet(type, out ProtocolMessage message) && message.IsValueOnly)
                {
                    var fields = symbols.GetFields(type).Select(builder.Field).OfType<FieldEntry>().OrderBy(field => field.Number).ToList();
                    var numbers = new SortedSet<int>();
                    var names = new SortedSet<string>(System.StringComparer.Ordinal);
                    Reservations.ReadFields(type, numbers, names);
                    var value = new MessageEntry(ManifestBuilder.Name(type), 0, ManifestScope.Outer, MessageKind.OneWay, null, ManifestAuthorization.Denied, DispatchLimits.None, message.MaxDepth, false, type.IsValueType, fields, numbers.ToList(), names.ToList());
                    lines.AddRange(ManifestWriter.Write(value).Select(line => "value" + line.Substring(ManifestText.Message.Length)));
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
