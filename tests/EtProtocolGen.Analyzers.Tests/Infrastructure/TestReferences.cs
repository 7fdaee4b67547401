using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace EtProtocolGen.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// The assemblies test code compiles against: the reference assemblies of the running .NET (from the
    /// SDK's targeting pack, falling back to the runtime's own assemblies) and the EtProtocolGen runtime.
    /// Nothing is downloaded, so the tests run offline.
    /// </summary>
    internal static class TestReferences
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> All = new(Load);

        public static ImmutableArray<MetadataReference> Framework => All.Value;

        public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(MessageAttribute).Assembly.Location);

        /// <summary>Makes every project of <paramref name="test"/> compile against <see cref="Framework"/> and <see cref="Runtime"/>, with no package resolution.</summary>
        public static void AddTo(AnalyzerTest<DefaultVerifier> test)
        {
            test.ReferenceAssemblies = new ReferenceAssemblies("net" + Environment.Version.Major + ".0");
            test.SolutionTransforms.Add((solution, projectId) =>
            {
                foreach (Project project in solution.Projects)
                {
                    solution = solution
                        .AddMetadataReferences(project.Id, Framework)
                        .AddMetadataReference(project.Id, Runtime);
                }

                return solution;
            });
        }

        private static ImmutableArray<MetadataReference> Load()
        {
            string directory = FindReferencePack() ?? Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            return Directory.EnumerateFiles(directory, "*.dll")
                .Where(HasMetadata)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }

        /// <summary>dotnet/packs/Microsoft.NETCore.App.Ref/{the running major version}.x/ref/net{major}.0, when the SDK is installed next to the runtime.</summary>
        private static string? FindReferencePack()
        {
            string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            string dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
            string packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
            if (!Directory.Exists(packs))
            {
                return null;
            }

            int major = Environment.Version.Major;
            return Directory.EnumerateDirectories(packs, major + ".*")
                .Select(version => Path.Combine(version, "ref", "net" + major + ".0"))
                .Where(Directory.Exists)
                .OrderByDescending(path => path, StringComparer.Ordinal)
                .FirstOrDefault();
        }

        private static bool HasMetadata(string path)
        {
            try
            {
                using var stream = File.OpenRead(path);
                using var reader = new PEReader(stream);
                return reader.HasMetadata;
            }
            catch (BadImageFormatException)
            {
                return false;
            }
        }
    }
}
