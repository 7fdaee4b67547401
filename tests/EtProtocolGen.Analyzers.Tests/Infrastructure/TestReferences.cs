using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;

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
