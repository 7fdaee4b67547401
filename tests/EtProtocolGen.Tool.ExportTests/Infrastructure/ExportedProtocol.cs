extern alias ours;

using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using EtProtocolGen.Tool.Export;
using EtProtocolGen.Tool.Inputs;
using Google.Protobuf.Reflection;

namespace EtProtocolGen.Tool.ExportTests.Infrastructure
{
    /// <summary>
    /// A protocol these tests export: its C# assembly (referenced as <c>ours</c>), where its exported files are checked in, and
    /// the Google.Protobuf descriptors protoc compiled from them.
    /// </summary>
    internal sealed class ExportedProtocol
    {
        private ExportedProtocol(string name, Assembly ours, string directory, string? clientDirectory)
        {
            Name = name;
            Ours = ours;
            Directory = directory;
            ClientDirectory = clientDirectory;
            Files = CompiledFiles(ours);
        }

        /// <summary>The sample: its client file is what samples/proto ships, its inner file is only here.</summary>
        public static ExportedProtocol Sample { get; } = new(
            "sample",
            typeof(ours::EtProtocolGen.Sample.Protocol.C2R_Login).Assembly,
            "tests/EtProtocolGen.Tool.ExportTests/Exported/sample",
            "samples/proto");

        /// <summary>The protocol EtProtocolGen.Tests.ProtoProtocol builds from ET-style .proto files, with engine types.</summary>
        public static ExportedProtocol Et { get; } = new(
            "et",
            typeof(ours::ET.C2R_Login).Assembly,
            "tests/EtProtocolGen.Tool.ExportTests/Exported/et",
            null);

        /// <summary>EtProtocolGen.Tests.ExportProtocol: every shape the export writes.</summary>
        public static ExportedProtocol Shapes { get; } = new(
            "shapes",
            typeof(ours::Game.Export.C2S_Buy).Assembly,
            "tests/EtProtocolGen.Tool.ExportTests/Exported/shapes",
            null);

        public static IReadOnlyList<ExportedProtocol> All { get; } = new[] { Sample, Et, Shapes };

        public string Name { get; }

        public Assembly Ours { get; }

        /// <summary>Where the export with --inner is checked in (relative to the repository).</summary>
        public string Directory { get; }

        /// <summary>Where the client (outer) files are checked in instead, when they ship elsewhere.</summary>
        public string? ClientDirectory { get; }

        public IReadOnlyList<FileDescriptor> Files { get; }

        /// <summary>
        /// The files protoc compiled into this project (each has a generated <c>...Reflection</c> class) whose messages are this
        /// protocol's: a protocol that gains a namespace needs only its export checked in (the Protobuf items take every file).
        /// </summary>
        private static IReadOnlyList<FileDescriptor> CompiledFiles(Assembly ours) =>
            typeof(ExportedProtocol).Assembly.GetTypes()
                .Select(type => type.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static))
                .Where(property => property?.PropertyType == typeof(FileDescriptor) && property.DeclaringType!.Name.EndsWith("Reflection", System.StringComparison.Ordinal))
                .Select(property => (FileDescriptor)property!.GetValue(null)!)
                .Where(file => file.MessageTypes.Count > 0 && ours.GetType(file.GetOptions().CsharpNamespace + "." + file.MessageTypes[0].Name) is not null)
                .OrderBy(file => file.Name, System.StringComparer.Ordinal)
                .ToList();

        /// <summary>Every message protoc compiled from the export.</summary>
        public IEnumerable<Google.Protobuf.Reflection.MessageDescriptor> Messages => Files.SelectMany(file => file.MessageTypes);

        /// <summary>The export of the compiled assembly, client and inner files.</summary>
        public ProtoExport Export()
        {
            (var symbols, var assembly) = CompiledProtocol.Open(Ours.Location);
            return new ProtoExportBuilder(symbols, assembly).Build(includeInner: true);
        }

        /// <summary>Where <paramref name="file"/> of the export is checked in, relative to the repository.</summary>
        public string CheckedInPath(ExportFile file) => (file.IsInner || ClientDirectory is null ? Directory : ClientDirectory) + "/" + file.Path;

        public override string ToString() => Name;
    }
}
