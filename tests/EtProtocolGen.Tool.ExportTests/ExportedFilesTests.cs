using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EtProtocolGen.Tool.Export;
using EtProtocolGen.Tool.ExportTests.Infrastructure;
using EtProtocolGen.Tool.Tests.Infrastructure;
using Xunit;

namespace EtProtocolGen.Tool.ExportTests
{
    /// <summary>
    /// The checked-in exports (which protoc compiles into this project) are what export-proto writes from the compiled
    /// protocols today. <c>ETP_ACCEPT_SNAPSHOTS=1</c> rewrites them (review the diff, then build again); samples/proto is
    /// also rewritten by <c>bash samples/regenerate-protocol-docs.sh</c>.
    /// </summary>
    public sealed class ExportedFilesTests
    {
        public static TheoryData<string> Protocols => new(ExportedProtocol.All.Select(protocol => protocol.Name));

        [Theory]
        [MemberData(nameof(Protocols))]
        public void The_checked_in_files_are_the_export_of_the_compiled_protocol(string name)
        {
            ExportedProtocol protocol = ExportedProtocol.All.Single(candidate => candidate.Name == name);
            ProtoExport export = protocol.Export();
            bool accept = Environment.GetEnvironmentVariable("ETP_ACCEPT_SNAPSHOTS") == "1";
            var stale = new List<string>();
            foreach (ExportFile file in export.Files)
            {
                string path = Repository.PathOf(protocol.CheckedInPath(file));
                string text = ProtoFileEmitter.Write(file, protocol.Ours.GetName().Name + ".dll");
                if (File.Exists(path) && File.ReadAllText(path).Replace("\r\n", "\n") == text)
                {
                    continue;
                }

                stale.Add(protocol.CheckedInPath(file));
                if (accept)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, text);
                }
            }

            // No file the export no longer writes is left behind for protoc to compile.
            var written = export.Files.Select(file => Path.GetFullPath(Repository.PathOf(protocol.CheckedInPath(file)))).ToHashSet();
            foreach (string directory in new[] { protocol.Directory, protocol.ClientDirectory }.OfType<string>())
            {
                foreach (string left in Directory.EnumerateFiles(Repository.PathOf(directory), "*.proto", SearchOption.AllDirectories).Where(left => !written.Contains(Path.GetFullPath(left))))
                {
                    stale.Add(left + " (no longer exported)");
                    if (accept)
                    {
                        File.Delete(left);
                    }
                }
            }

            Assert.True(accept || stale.Count == 0, "stale: " + string.Join(", ", stale) + "; run with ETP_ACCEPT_SNAPSHOTS=1 (then review the diff and build again)");
        }

        [Fact]
        public void Client_files_hold_no_inner_message_and_never_import_an_inner_file()
        {
            foreach (ExportedProtocol protocol in ExportedProtocol.All)
            {
                ProtoExport export = protocol.Export();
                var innerPaths = export.Files.Where(file => file.IsInner).Select(file => file.Path).ToHashSet();
                foreach (ExportFile file in export.Files.Where(file => !file.IsInner))
                {
                    Assert.DoesNotContain(file.Messages, message => message.Options.Contains("(etp.scope) = INNER"));
                    Assert.DoesNotContain(file.Imports, innerPaths.Contains);
                }
            }
        }

        [Fact]
        public void The_package_target_exported_the_client_file_when_the_protocol_was_built()
        {
            // EtProtocolGen.Tests.ExportProtocol sets EtProtocolGenExportProto (build/EtProtocolGen.targets) to obj/exported-proto.
            string built = Repository.PathOf("tests/EtProtocolGen.Tests.ExportProtocol/obj/exported-proto");
            ExportFile client = ExportedProtocol.Shapes.Export().Files.Single(file => !file.IsInner);

            Assert.Equal(new[] { Path.Combine(built, "game", "export.proto") }, Directory.GetFiles(built, "*", SearchOption.AllDirectories));
            Assert.Equal(ProtoFileEmitter.Write(client, "EtProtocolGen.Tests.ExportProtocol.dll"), File.ReadAllText(Path.Combine(built, "game", "export.proto")));
        }

        [Fact]
        public void Reserved_numbers_and_names_are_exported()
        {
            ExportMessage numbers = ExportedProtocol.Shapes.Export().Files.SelectMany(file => file.Messages).Single(message => message.Name == "C2S_Numbers");

            Assert.Equal(new[] { 9, 10 }, numbers.ReservedNumbers);
            Assert.Equal(new[] { "Legacy", "OldName" }, numbers.ReservedNames);
        }

        [Fact]
        public void The_inner_messages_and_the_values_only_they_use_are_in_the_inner_file()
        {
            ProtoExport export = ExportedProtocol.Shapes.Export();
            ExportFile inner = export.Files.Single(file => file.IsInner);
            ExportFile client = export.Files.Single(file => !file.IsInner);

            Assert.Equal(new[] { "S2S_Audit", "Secret" }, inner.Messages.Select(message => message.Name));
            Assert.Contains(client.Path, inner.Imports);
            Assert.Contains(client.Messages, message => message.Name == "Price");
            Assert.Equal("INNER_OPCODE_S2S_AUDIT", inner.Opcodes!.Values.Single(value => value.Number == 6001).Name);
        }
    }
}
