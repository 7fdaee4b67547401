extern alias ours;

using System;
using System.IO;
using System.Linq;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Tool.Commands;
using EtProtocolGen.Tool.Export;
using EtProtocolGen.Tool.ExportTests.Infrastructure;
using EtProtocolGen.Tool.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace EtProtocolGen.Tool.ExportTests
{
    /// <summary><c>etprotocolgen export-proto</c>: what it writes where, <c>--inner</c>, <c>--check</c>, and the inputs it refuses.</summary>
    public sealed class ExportCommandTests : IDisposable
    {
        private static readonly string SampleAssembly = typeof(ours::EtProtocolGen.Sample.Protocol.C2R_Login).Assembly.Location;

        private readonly string directory = Path.Combine(Path.GetTempPath(), "etp-export-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public void Without_inner_only_the_client_file_is_written_and_it_is_what_samples_proto_ships()
        {
            int exitCode = Run(out string output, SampleAssembly, "--out", directory);

            Assert.Equal(0, exitCode);
            string written = Assert.Single(Directory.GetFiles(directory, "*", SearchOption.AllDirectories));
            Assert.Equal(Path.Combine(directory, "etprotocolgen", "sample", "protocol.proto"), written);
            Assert.Contains("wrote " + written, output);
            Assert.Equal(File.ReadAllText(Repository.PathOf("samples/proto/etprotocolgen/sample/protocol.proto")).Replace("\r\n", "\n"), File.ReadAllText(written));
            Assert.DoesNotContain("INNER", File.ReadAllText(written));
        }

        [Fact]
        public void Inner_adds_the_server_to_server_file()
        {
            Assert.Equal(0, Run(out _, SampleAssembly, "--out", directory, "--inner"));

            Assert.True(File.Exists(Path.Combine(directory, "etprotocolgen", "sample", "protocol_inner.proto")));
            Assert.True(File.Exists(Path.Combine(directory, "etprotocolgen", "sample", "protocol.proto")));
        }

        [Fact]
        public void Check_writes_nothing_and_says_whether_a_file_is_stale()
        {
            Assert.Equal(0, Run(out string current, SampleAssembly, "--out", Repository.PathOf("samples/proto"), "--check"));
            Assert.Contains("up to date", current);

            Run(out _, SampleAssembly, "--out", directory);
            string file = Path.Combine(directory, "etprotocolgen", "sample", "protocol.proto");
            File.WriteAllText(file, File.ReadAllText(file).Replace("(etp.max_length) = 32", "(etp.max_length) = 33"));
            Assert.Equal(1, Run(out string stale, SampleAssembly, "--out", directory, "--check"));
            Assert.Contains(file + " is out of date", stale);
            Assert.Contains("(etp.max_length) = 33", File.ReadAllText(file));
        }

        [Fact]
        public void A_project_directory_exports_its_newest_build()
        {
            Assert.Equal(0, Run(out _, Repository.PathOf("samples/EtProtocolGen.Sample.Protocol"), "--out", directory));

            Assert.True(File.Exists(Path.Combine(directory, "etprotocolgen", "sample", "protocol.proto")));
        }

        [Theory]
        [InlineData("--inner")]
        [InlineData("no-such.dll", "--out", "x")]
        public void Unusable_arguments_are_refused(params string[] arguments)
        {
            Assert.Throws<ToolException>(() => Run(out _, arguments));
        }

        [Fact]
        public void An_assembly_without_client_messages_is_refused()
        {
            var problem = Assert.Throws<ToolException>(() => Run(out _, typeof(MessageAttribute).Assembly.Location, "--out", directory));

            Assert.Contains("no client (outer) message", problem.Message);
        }

        [Fact]
        public void Namespaces_that_use_each_other_both_ways_are_refused_as_protoc_would()
        {
            var problem = Assert.Throws<ToolException>(() => Export("""
                namespace Game.A
                {
                    [Message(1), Authorize] public partial class Move : IMessage { [Field(1)] public Game.B.Step Step { get; set; } = new(); }
                    [Message] public partial class Point { [Field(1)] public int X { get; set; } }
                }
                namespace Game.B
                {
                    [Message] public partial class Step { [Field(1)] public Game.A.Point To { get; set; } = new(); }
                }
                """));

            Assert.Contains("game/a.proto -> game/b.proto -> game/a.proto", problem.Message);
        }

        [Fact]
        public void Names_protoc_would_see_twice_in_a_package_are_refused()
        {
            var problem = Assert.Throws<ToolException>(() => Export("""
                namespace Game
                {
                    public enum ErrorCode { None, A }
                    public enum Error { None, CodeA }
                    [Message(1), Authorize] public partial class Hit : IMessage { [Field(1)] public ErrorCode First { get; set; } [Field(2)] public Error Second { get; set; } }
                }
                """));

            Assert.Contains("ERROR_CODE_A", problem.Message);
        }

        [Fact]
        public void A_type_named_Opcode_moves_the_opcode_enum_aside_and_a_nested_type_is_named_after_its_container()
        {
            ProtoExport export = Export("""
                namespace Game
                {
                    [Message] public partial class Opcode { [Field(1)] public int Value { get; set; } }
                    public static class Shop
                    {
                        [Message(1), Authorize] public partial class Buy : IMessage { [Field(1)] public Opcode Code { get; set; } = new(); }
                    }
                }
                """);

            ExportFile file = Assert.Single(export.Files);
            Assert.Equal("MessageOpcode", file.Opcodes!.Name);
            Assert.Equal("MESSAGE_OPCODE_SHOP_BUY", file.Opcodes.Values.Single(value => value.Number == 1).Name);
            Assert.Equal(new[] { "Shop_Buy", "Opcode" }, file.Messages.Select(message => message.Name));
        }

        [Fact]
        public void Each_message_says_which_way_it_travels_and_why()
        {
            ProtoExport export = Export("""
                namespace Game
                {
                    [Message(1, Direction = MessageDirection.ServerToClient), Authorize] public partial class Tick : IMessage { }
                    [Message(2), Authorize] public partial class C2G_Move : IMessage { }
                    [Message(3), Authorize] public partial class Chat : IMessage { }
                    [Message(4, Scope = MessageScope.Inner), Authorize(Roles = "server")] public partial class G2M_Move : IMessage { }
                }
                """, inner: true);

            ExportMessage Message(string name) => export.Files.SelectMany(file => file.Messages).Single(message => message.Name == name);
            Assert.Contains("Sent by the server to clients ([Message(Direction = ...)]).", Message("Tick").Comments);
            Assert.Contains("(etp.direction) = SERVER_TO_CLIENT", Message("Tick").Options);
            Assert.DoesNotContain(Message("C2G_Move").Options, option => option.StartsWith("(etp.direction)", StringComparison.Ordinal));
            Assert.Contains("Sent by clients to the server (its name says so).", Message("C2G_Move").Comments);
            Assert.Contains("Sent both ways (nothing says which way: the server treats it as client input).", Message("Chat").Comments);
            Assert.DoesNotContain(Message("G2M_Move").Comments, comment => comment.StartsWith("Sent", StringComparison.Ordinal));
        }

        /// <summary>The export of C# <paramref name="source"/> (read as symbols, without the generator: the export needs only the attributes).</summary>
        private static ProtoExport Export(string source, bool inner = false)
        {
            var compilation = CSharpCompilation.Create(
                "InMemory",
                new[] { CSharpSyntaxTree.ParseText("using EtProtocolGen;\n" + source) },
                RuntimeReferences.All(),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            return new ProtoExportBuilder(ProtocolSymbols.TryCreate(compilation)!, compilation.Assembly).Build(includeInner: inner);
        }

        private static int Run(out string output, params string[] arguments)
        {
            var writer = new StringWriter();
            int exitCode = ExportProtoCommand.Run(Arguments.Parse(arguments, 0, "--out"), writer, new StringWriter());
            output = writer.ToString();
            return exitCode;
        }
    }
}
