using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Generator.Tests.Infrastructure;

/// <summary>
/// The real protocols of this repository, read from the source tree: the sample protocol with the sample server's
/// handlers and sessions, and the protocols the test projects compile. Each is one project's worth of files, parsed
/// with that project's language version.
/// </summary>
internal static class RepositoryProtocols
{
    /// <summary>One project's protocol files.</summary>
    /// <param name="Name">A short name for messages.</param>
    /// <param name="LanguageVersion">The project's C# version.</param>
    /// <param name="Files">Repository-relative path and text of each file.</param>
    public sealed record ProtocolProject(string Name, LanguageVersion LanguageVersion, IReadOnlyList<(string Path, string Text)> Files);

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
    };

    private static ProtocolProject Project(string name, LanguageVersion languageVersion, params string[] folders)
    {
        string root = RepositoryRoot();
        var files = new List<(string, string)>();
        foreach (string folder in folders)
        {
            foreach (string path in Directory.GetFiles(Path.Combine(root, folder), "*.cs").OrderBy(path => path, StringComparer.Ordinal))
            {
                files.Add((Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)));
            }
        }

        Assert.True(files.Count > 0, "No protocol files under " + string.Join(", ", folders));
        return new ProtocolProject(name, languageVersion, files);
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
