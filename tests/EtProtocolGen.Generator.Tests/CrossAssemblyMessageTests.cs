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
            public partial class Vector
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
