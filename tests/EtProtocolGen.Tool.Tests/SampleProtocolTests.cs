using System.IO;
using System.Linq;
using System.Reflection;
using EtProtocolGen.Analyzers.Manifest;
using EtProtocolGen.Tool.Commands;
using EtProtocolGen.Tool.Inputs;
using EtProtocolGen.Tool.Report;
using EtProtocolGen.Tool.Tests.Infrastructure;
using Xunit;

namespace EtProtocolGen.Tool.Tests
{
    /// <summary>
    /// The sample protocol ships its manifests and its reference: both must be what the compiled samples give today.
    /// When one fails, run <c>bash samples/regenerate-protocol-docs.sh</c> and review the diff it makes.
    /// </summary>
    public class SampleProtocolTests
    {
        private const string Regenerate = "; regenerate with: bash samples/regenerate-protocol-docs.sh";

        [Theory]
        [InlineData("EtProtocolGen.Sample.Protocol")]
        [InlineData("EtProtocolGen.Sample.Server")]
        [InlineData("EtProtocolGen.Sample.Map")]
        public void The_shipped_manifest_is_the_compiled_samples(string project)
        {
            BuiltManifest compiled = CompiledProtocol.Read(Assembly.Load(project).Location);
            ManifestSet declared = ManifestLoader.Checked(ManifestInput.Load(Repository.PathOf("samples/" + project)));

            Assert.True(
                ManifestWriter.Write(compiled.Manifest).SequenceEqual(ManifestWriter.Write(declared.Declared)),
                "samples/" + project + "/Protocol.Shipped.txt is stale" + Regenerate);
        }

        [Fact]
        public void Docs_sample_protocol_md_is_what_report_writes()
        {
            string[] projects = { "samples/EtProtocolGen.Sample.Protocol", "samples/EtProtocolGen.Sample.Server", "samples/EtProtocolGen.Sample.Map" };
            string report = new ProtocolReport(projects.Select(project => (project, ManifestLoader.Declared(Repository.PathOf(project)))).ToList())
                .Write("Sample protocol reference");

            Assert.True(
                File.ReadAllText(Repository.PathOf("docs/sample-protocol.md")).Replace("\r\n", "\n") == report,
                "docs/sample-protocol.md is stale" + Regenerate);
        }

        [Fact]
        public void The_manifest_command_finds_the_sample_current()
        {
            var output = new StringWriter();
            int exitCode = ManifestCommand.Run(
                Arguments.Parse(new[] { Assembly.Load("EtProtocolGen.Sample.Protocol").Location, "--project", Repository.PathOf("samples/EtProtocolGen.Sample.Protocol"), "--ship", "--check" }, 0, "--project"),
                output);

            Assert.True(exitCode == 0, output + Regenerate);
        }
    }
}
