using System;
using System.IO;
using EtProtocolGen.Tool.Commands;
using EtProtocolGen.Tool.Tests.Infrastructure;
using Xunit;

namespace EtProtocolGen.Tool.Tests
{
    /// <summary>
    /// etprotocolgen's commands on the manifests of Snapshots/Inputs (a chat protocol as shipped, and with breaking and
    /// security-relevant changes recorded in Protocol.Unshipped.txt): their output, compared with reviewed snapshots, and
    /// their exit codes.
    /// </summary>
    public class CommandTests
    {
        private static readonly string Old = Repository.PathOf("tests/EtProtocolGen.Tool.Tests/Snapshots/Inputs/old");
        private static readonly string New = Repository.PathOf("tests/EtProtocolGen.Tool.Tests/Snapshots/Inputs/new");

        [Fact]
        public void Diff_lists_every_breaking_and_security_relevant_change_and_exits_1()
        {
            (int exitCode, string output) = Run(writer => DiffCommand.Run(Arguments.Parse(new[] { "--against", Path.Combine(Old, "Protocol.Shipped.txt"), New }, 0, "--against"), writer));

            Assert.Equal(1, exitCode);
            Snapshot.Match("diff.verified.txt", output.Replace(Path.Combine(Old, "Protocol.Shipped.txt"), "old/Protocol.Shipped.txt"));
        }

        [Fact]
        public void Diff_of_a_manifest_against_itself_exits_0()
        {
            (int exitCode, string output) = Run(writer => DiffCommand.Run(Arguments.Parse(new[] { "--against", Old, Old }, 0, "--against"), writer));

            Assert.Equal(0, exitCode);
            Assert.StartsWith("No breaking or security-relevant changes", output);
        }

        [Fact]
        public void Report_writes_the_reference_and_threat_summary_of_shipped_and_unshipped_lines_together()
        {
            (int exitCode, string output) = Run(writer => ReportCommand.Run(Arguments.Parse(new[] { New, "--title", "Chat protocol" }, 0, "--output", "--title"), writer));

            Assert.Equal(0, exitCode);
            Snapshot.Match("report.verified.md", output.Replace(New.Replace('\\', '/'), "new"));
        }

        [Fact]
        public void Report_check_exits_1_for_a_stale_file_and_0_for_a_current_one()
        {
            string file = Path.Combine(Path.GetTempPath(), "etprotocolgen-" + Guid.NewGuid().ToString("N") + ".md");
            try
            {
                File.WriteAllText(file, "# stale\n");
                (int stale, _) = Run(writer => ReportCommand.Run(Arguments.Parse(new[] { Old, "--output", file, "--check" }, 0, "--output", "--title"), writer));
                Run(writer => ReportCommand.Run(Arguments.Parse(new[] { Old, "--output", file }, 0, "--output", "--title"), writer));
                (int current, _) = Run(writer => ReportCommand.Run(Arguments.Parse(new[] { Old, "--output", file, "--check" }, 0, "--output", "--title"), writer));

                Assert.Equal(1, stale);
                Assert.Equal(0, current);
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public void A_manifest_with_an_unreadable_line_is_refused_with_the_line_and_the_reason()
        {
            string directory = Path.Combine(Path.GetTempPath(), "etprotocolgen-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            try
            {
                File.WriteAllText(Path.Combine(directory, "Protocol.Shipped.txt"), "message A opcode=1 scope=outer kind=one-way authorization=denied\nmessage A field 1 X int32 len\n");

                var problem = Assert.Throws<ToolException>(() => Run(writer => ReportCommand.Run(Arguments.Parse(new[] { directory }, 0, "--output", "--title"), writer)));

                Assert.Contains("Protocol.Shipped.txt(2): message A field 1 X int32 len", problem.Message);
                Assert.Contains("the wire type of int32 is varint", problem.Message);
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Theory]
        [InlineData("report")]
        [InlineData("diff")]
        [InlineData("manifest")]
        public void A_command_without_its_input_is_refused(string command)
        {
            string[] valueOptions = { "--against", "--project", "--output", "--title" };

            Assert.Throws<ToolException>(() => Run(writer => command switch
            {
                "report" => ReportCommand.Run(Arguments.Parse(Array.Empty<string>(), 0, valueOptions), writer),
                "diff" => DiffCommand.Run(Arguments.Parse(Array.Empty<string>(), 0, valueOptions), writer),
                _ => ManifestCommand.Run(Arguments.Parse(Array.Empty<string>(), 0, valueOptions), writer),
            }));
        }

        private static (int ExitCode, string Output) Run(Func<TextWriter, int> command)
        {
            var writer = new StringWriter { NewLine = "\n" };
            int exitCode = command(writer);
            return (exitCode, writer.ToString());
        }
    }
}
