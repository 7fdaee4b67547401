using System;
using System.IO;

namespace EtProtocolGen.Tool.ExportTests.Infrastructure
{
    /// <summary>Files of the repository the tests run from, found by walking up to EtProtocolGen.sln.</summary>
    internal static class Repository
    {
        private static readonly Lazy<string> Root = new(() =>
        {
            for (DirectoryInfo? directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "EtProtocolGen.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("EtProtocolGen.sln not found above " + AppContext.BaseDirectory);
        });

        public static string PathOf(string relativePath) => Path.Combine(Root.Value, relativePath.Replace('/', Path.DirectorySeparatorChar));
    }
}
