using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Generator.Tests.Infrastructure;

/// <summary>
/// Compares generated files with checked-in <c>Snapshots/&lt;Test&gt;.&lt;hint&gt;.verified.cs</c>. On a mismatch it writes
/// <c>*.received.cs</c> beside the verified file and fails; with <c>ETP_ACCEPT_SNAPSHOTS=1</c> it overwrites the
/// verified file instead.
/// </summary>
internal static class Snapshot
{
    private const string AcceptVariable = "ETP_ACCEPT_SNAPSHOTS";

    public static void Verify(string testName, GeneratorDriverRunResult result)
    {
        string directory = Path.Combine(FindProjectDirectory(), "Snapshots");
        Directory.CreateDirectory(directory);
        bool accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";

        var failures = new List<string>();
        var expectedFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (GeneratedSourceResult source in result.Results.SelectMany(run => run.GeneratedSources).OrderBy(source => source.HintName, StringComparer.Ordinal))
        {
            string stem = testName + "." + Path.GetFileNameWithoutExtension(source.HintName);
            string verifiedPath = Path.Combine(directory, stem + ".verified.cs");
            string receivedPath = Path.Combine(directory, stem + ".received.cs");
            expectedFiles.Add(verifiedPath);
            string actual = Normalize(source.SourceText.ToString());

            if (File.Exists(verifiedPath) && Normalize(File.ReadAllText(verifiedPath)) == actual)
            {
                File.Delete(receivedPath);
                continue;
            }

            if (accept)
            {
                File.WriteAllText(verifiedPath, actual);
                File.Delete(receivedPath);
                continue;
            }

            File.WriteAllText(receivedPath, actual);
            failures.Add(File.Exists(verifiedPath)
                ? $"{stem}: generated code differs from the snapshot; compare {receivedPath} with {verifiedPath}."
                : $"{stem}: no snapshot yet; review {receivedPath} and rerun with {AcceptVariable}=1 to accept it.");
        }

        foreach (string stale in Directory.GetFiles(directory, testName + ".*.verified.cs").Where(path => !expectedFiles.Contains(path)))
        {
            if (accept)
            {
                File.Delete(stale);
            }
            else
            {
                failures.Add($"{Path.GetFileName(stale)}: the generator no longer emits this file; delete the snapshot or rerun with {AcceptVariable}=1.");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>
    /// The test project's own folder, recorded at build time by the project file (assembly metadata <c>ProjectDirectory</c>).
    /// Not <c>[CallerFilePath]</c>: a CI build (<c>ContinuousIntegrationBuild</c>) maps source paths to <c>/_/</c>.
    /// The attribute is read from the assembly this file is compiled into, so a project that links this file keeps
    /// its own Snapshots folder.
    /// </summary>
    private static string FindProjectDirectory()
    {
        string? directory = typeof(Snapshot).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "ProjectDirectory")?.Value;
        if (directory is null || !Directory.Exists(directory))
        {
            throw new InvalidOperationException(
                "The test assembly does not name an existing project folder (AssemblyMetadata ProjectDirectory): " + directory);
        }

        return directory;
    }
}
