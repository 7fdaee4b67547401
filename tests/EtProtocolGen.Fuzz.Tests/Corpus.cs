using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace EtProtocolGen.Fuzz.Tests
{
    /// <summary>The checked-in corpus under tests/Fuzz: TARGET/seeds (written by the harness's seeds command) and TARGET/regressions (crashes AFL++ found).</summary>
    internal static class Corpus
    {
        public static string Directory { get; } = typeof(Corpus).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "CorpusDirectory")
            .Value!;

        public static string SeedsOf(string target) => Path.Combine(Directory, target, "seeds");

        public static string RegressionsOf(string target) => Path.Combine(Directory, target, "regressions");

        /// <summary>Every seed and regression input of <paramref name="target"/>, as paths relative to the corpus folder.</summary>
        public static IEnumerable<string> InputsOf(string target) =>
            InputFiles.Enumerate(new[] { SeedsOf(target), RegressionsOf(target) })
                .Select(path => Path.GetRelativePath(Directory, path).Replace('\\', '/'));
    }
}
