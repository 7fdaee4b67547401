using System;
using System.IO;

namespace EtProtocolGen.Analyzers.Tests.Infrastructure
{
    /// <summary>Files of the repository the tests run from (docs, release tracking), found by walking up to EtProtocolGen.sln.</summary>
    internal static class RepositoryFiles
    {
        private static readonly Lazy<string> Root = new(FindRoot);

        public static string ReadAllText(string relativePath) => File.ReadAllText(PathOf(relativePath));

        public static bool Exists(string relativePath) => File.Exists(PathOf(relativePath));

        public static string PathOf(string relativePath) => Path.Combine(Root.Value, relativePath.Replace('/', Path.DirectorySeparatorChar));

        private static string FindRoot()
        {
            for (DirectoryInfo? directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "EtProtocolGen.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("EtProtocolGen.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
