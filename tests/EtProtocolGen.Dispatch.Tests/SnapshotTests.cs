using System.Linq;
using EtProtocolGen.Dispatch.Tests.Infrastructure;
using EtProtocolGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Dispatch.Tests
{
    /// <summary>
    /// The generated registry, dispatchers, client calls and DI registration compared with the checked-in
    /// <c>Snapshots/*.verified.cs</c>: a change to generated code shows up in review as a diff of these files.
    /// A mismatch writes <c>*.received.cs</c> and fails; <c>ETP_ACCEPT_SNAPSHOTS=1</c> accepts the new output.
    /// </summary>
    public sealed class SnapshotTests
    {
        [Fact]
        public void The_test_protocol_generates_the_verified_registry_dispatchers_client_calls_and_registration()
        {
            CSharpCompilation compilation = DispatchGeneratorRunner.CreateCompilation("EtProtocolGen.Dispatch.Tests", "Protocol", "*.cs");

            Snapshot.Verify("TestProtocol", DispatchGeneratorRunner.RunDispatchGenerator(compilation));
        }

        [Fact]
        public void The_edge_case_protocol_generates_the_verified_dispatchers()
        {
            CSharpCompilation compilation = DispatchGeneratorRunner.CreateCompilation("Game.Server", "Snapshots", "EdgeCases.input.cs");

            Snapshot.Verify("EdgeCases", DispatchGeneratorRunner.RunDispatchGenerator(compilation));
        }

        [Fact]
        public void The_limits_protocol_generates_the_verified_dispatcher()
        {
            CSharpCompilation compilation = DispatchGeneratorRunner.CreateCompilation("Game.Realm", "Snapshots", "Limits.input.cs");

            Snapshot.Verify("Limits", DispatchGeneratorRunner.RunDispatchGenerator(compilation));
        }

        [Theory]
        [InlineData("EtProtocolGen.Dispatch.Tests", "Protocol", "*.cs")]
        [InlineData("Game.Server", "Snapshots", "EdgeCases.input.cs")]
        [InlineData("Game.Realm", "Snapshots", "Limits.input.cs")]
        public void The_generated_code_compiles_without_warnings_at_CSharp_9(string assemblyName, string directory, string pattern)
        {
            CSharpCompilation compilation = DispatchGeneratorRunner.CreateCompilation(assemblyName, directory, pattern);

            var diagnostics = DispatchGeneratorRunner.CompileWithBothGenerators(compilation);

            Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics.Select(static diagnostic => diagnostic.ToString())));
        }
    }
}
