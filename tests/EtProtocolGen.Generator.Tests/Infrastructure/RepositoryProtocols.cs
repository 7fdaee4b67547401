using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Generator.Tests.Infrastructure;

/// <summary>
/// The real protocols of this repository, read from the source tree: the sample protocol with the sample server's
/// handlers and sessions, the protocols the test projects compile, and the repository's .proto files (ET's dialect and
/// proto3, with the C# the project compiles next to them). Each is one project's worth of files, parsed with that
/// project's language version.
/// </summary>
internal static class RepositoryProtocols
{
    /// <summary>One project's protocol files.</summary>
    /// <param name="Name">A short name for messages.</param>
    /// <param name="LanguageVersion">The project's C# version.</param>
    /// <param name="Files">Repository-relative path and text of each file that is edited.</param>
    /// <param name="Language">What <see cref="Files"/> are written in: C# sources, or .proto files (additional files).</param>
    /// <param name="Context">C# sources compiled with a .proto project and not edited (engine types, handlers).</param>
    public sealed record ProtocolProject(
        string Name,
        LanguageVersion LanguageVersion,
        IReadOnlyList<(string Path, string Text)> Files,
        EditedLanguage Language,
        IReadOnlyList<(string Path, string Text)> Context);

    public static IReadOnlyList<ProtocolProject> All { get; } = Load();

    private static IReadOnlyList<ProtocolProject> Load() => new[]
    {
        // The sample server compiles the handlers against the protocol assembly; one compilation holds both here, so that
        // edits to a message and to its handler meet in one generator run.
        Project("sample", LanguageVersion.Latest, "samples/EtProtocolGen.Sample.Protocol", "samples/EtProtocolGen.Sample.Server/Handlers", "samples/EtProtocolGen.Sample.Server/Sessions"),
        Project("dispatch-tests", LanguageVersion.Latest, "tests/EtProtocolGen.Dispatch.Tests/Protocol"),
        Project("fuzz", LanguageVersion.Latest, "tests/EtProtocolGen.Fuzz.Protocol/Messages", "tests/EtProtocolGen.Fuzz.Protocol/Handlers", "tests/EtProtocolGen.Fuzz.Protocol/Hosting"),
        Project("runtime-tests", LanguageVersion.Latest, "tests/EtProtocolGen.Tests/Protocol"),
        Project("netstandard", LanguageVersion.CSharp9, "tests/EtProtocolGen.NetStandard.Protocol"),
        Project("limits", LanguageVersion.Latest, "tests/EtProtocolGen.Tests.LimitsProtocol"),

        // The .proto protocol project: ET 8.x-style files and a proto3 file, its engine types, surrogates and C# handlers.
        ProtoProject("proto-protocol", Read("*.proto", "tests/EtProtocolGen.Tests.ProtoProtocol"), Read("*.cs", "tests/EtProtocolGen.Tests.ProtoProtocol", "tests/EtProtocolGen.Tests.ProtoProtocol/Engine", "tests/EtProtocolGen.Tests.ProtoProtocol/Server")),

        // What export-proto writes (the sample's client protocol, the shapes and ET exports) and the benchmarks' protoc input,
        // read back as .proto input on their own.
        ProtoProject("proto-exports", Read("*.proto", "samples/proto/etprotocolgen/sample", "tests/EtProtocolGen.Tool.ExportTests/Exported/shapes/game", "benchmarks/EtProtocolGen.Benchmarks/Messages"), Array.Empty<(string, string)>()),
    };

    private static ProtocolProject Project(string name, LanguageVersion languageVersion, params string[] folders) =>
        new(name, languageVersion, Read("*.cs", folders), EditedLanguage.CSharp, Array.Empty<(string, string)>());

    private static ProtocolProject ProtoProject(string name, IReadOnlyList<(string, string)> protos, IReadOnlyList<(string, string)> context) =>
        new(name, LanguageVersion.Latest, protos, EditedLanguage.Proto, context);

    private static IReadOnlyList<(string Path, string Text)> Read(string pattern, params string[] folders)
    {
        string root = RepositoryRoot();
        var files = new List<(string, string)>();
        foreach (string folder in folders)
        {
            foreach (string path in Directory.GetFiles(Path.Combine(root, folder), pattern).OrderBy(path => path, StringComparer.Ordinal))
            {
                files.Add((Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)));
            }
        }

        Assert.True(files.Count > 0, "No " + pattern + " files under " + string.Join(", ", folders));
        return files;
    }

    public static string RepositoryRoot()
    {
        string? root = typeof(RepositoryProtocols).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "RepoRoot")?.Value;
        if (root is null || !File.Exists(Path.Combine(root, "EtProtocolGen.sln")))
        {
            throw new InvalidOperationException("The test assembly does not name the repository root (AssemblyMetadata RepoRoot): " + root);
        }

        return root;
    }
}
