using System.Collections.Generic;
using System.IO;
using System.Linq;
using EtProtocolGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace EtProtocolGen.Generator.Tests;

/// <summary>
/// A message may hold a message of a referenced assembly (a shared protocol library): its serializer is called
/// only if that assembly carries the generated members; otherwise the holder is skipped instead of emitted broken.
/// </summary>
public sealed class CrossAssemblyMessageTests
{
    private const string SharedLibrary = """
        using EtProtocolGen;

        namespace Shared.Protocol
        {
            [Message(1)]
            public partial class Vector : IMessage
            {
                [Field(1)] public float X { get; set; }
                [Field(2)] public float Y { get; set; }
            }
        }
        """;

    private const string Holder = """
        using System.Collections.Generic;
        using EtProtocolGen;
        using Shared.Protocol;

        namespace Game.Protocol
        {
            [Message(2)]
            public partial class Path
            {
                [Field(1)] public Vector? Start { get; set; }
                [Field(2)] public List<Vector> Points { get; set; } = new List<Vector>();
            }
        }
        """;

    [Fact]
    public void A_message_of_a_generated_library_can_be_a_field()
    {
        MetadataReference library = CompileLibrary(runGenerator: true);

        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(
            GeneratorHarness.CreateCompilation(new[] { Holder }, GeneratorHarness.References.Add(library), assemblyName: "Game"));

        Assert.Equal(new[] { "Game.Protocol.Path.g.cs" }, result.GeneratedTrees.Select(tree => Path.GetFileName(tree.FilePath)));
        IReadOnlyList<Diagnostic> diagnostics = GeneratorHarness.AllDiagnostics(output);
        Assert.True(diagnostics.Count == 0, GeneratorHarness.Format(diagnostics));
    }

    [Fact]
    public void A_message_of_a_library_built_without_the_generator_is_not_called()
    {
        MetadataReference library = CompileLibrary(runGenerator: false);

        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Run(
            GeneratorHarness.CreateCompilation(new[] { Holder }, GeneratorHarness.References.Add(library), assemblyName: "Game"));

        Assert.Empty(result.GeneratedTrees);
        IReadOnlyList<Diagnostic> diagnostics = GeneratorHarness.AllDiagnostics(output);
        Assert.True(diagnostics.Count == 0, GeneratorHarness.Format(diagnostics));
    }

    /// <summary>A server assembly that handles the shared library's message (the ET layout: protocol DLL, server DLL).</summary>
    private const string Server = """
        using System.Threading;
        using System.Threading.Tasks;
        using EtProtocolGen;
        using Shared.Protocol;

        namespace Game.Server
        {
            public sealed class Session : IProtocolSession
            {
                public bool IsAuthenticated => true;
                public MessageScope Scope => MessageScope.Outer;
                public bool IsInRole(string role) => false;
            }

            public sealed class VectorHandler : IMessageHandler<Session, Vector>
            {
                public ValueTask HandleAsync(Session session, Vector message, CancellationToken cancellationToken) => default;
            }
        }
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_handler_of_a_library_message_is_dispatched_only_when_the_library_has_its_serializer(bool generatedLibrary)
    {
        MetadataReference library = CompileLibrary(runGenerator: generatedLibrary);
        CSharpCompilation server = GeneratorHarness.CreateCompilation(new[] { Server }, GeneratorHarness.References.Add(library), assemblyName: "Server");

        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.RunWithDispatch(server);

        string dispatcher = string.Join("\n", result.GeneratedTrees
            .Where(tree => tree.FilePath.EndsWith("OuterDispatcher.g.cs", System.StringComparison.Ordinal))
            .Select(tree => tree.ToString()));
        IReadOnlyList<Diagnostic> diagnostics = GeneratorHarness.AllDiagnostics(output);
        Assert.True(diagnostics.Count == 0, GeneratorHarness.Format(diagnostics));
        if (generatedLibrary)
        {
            Assert.Contains("global::Shared.Protocol.Vector.TryParse", dispatcher);
        }
        else
        {
            Assert.DoesNotContain("Vector", dispatcher);
        }
    }

    private static MetadataReference CompileLibrary(bool runGenerator)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(new[] { SharedLibrary }, assemblyName: "Shared");
        Compilation library = runGenerator ? GeneratorHarness.Run(compilation).Output : compilation;
        using var image = new MemoryStream();
        EmitResult emitted = library.Emit(image);
        Assert.True(emitted.Success, GeneratorHarness.Format(emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
