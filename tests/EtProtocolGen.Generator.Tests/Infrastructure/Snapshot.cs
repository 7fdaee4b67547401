using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
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

    public static void Verify(string testName, GeneratorDriverRunResult result, [CallerFilePath] string callerPath = "")
    {
        string directory = Path.Combine(FindProjectDirectory(callerPath), "Snapshots");
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

    private static string FindProjectDirectory(string callerPath)
    {
        for (string? directory = Path.GetDirectoryName(callerPath); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            // The nearest project directory: test projects that link this file keep their own Snapshots folder.
            if (Directory.EnumerateFiles(directory, "*.csproj").Any())
            {
                return directory;
            }
        }

        throw new InvalidOperationException("Cannot find the test project directory from " + callerPath + ".");
    }
}
