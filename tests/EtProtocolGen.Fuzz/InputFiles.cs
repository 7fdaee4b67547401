using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace EtProtocolGen.Fuzz
{
    /// <summary>The input files under files or folders, in a stable order; AFL++'s README.txt and dot-files are not inputs.</summary>
    public static class InputFiles
    {
        public static IEnumerable<string> Enumerate(IEnumerable<string> paths)
        {
            foreach (string path in paths)
            {
                if (File.Exists(path))
                {
                    yield return path;
                    continue;
                }

                if (!Directory.Exists(path))
                {
                    continue;
                }

                foreach (string file in Directory.EnumerateFiles(path).OrderBy(file => file, System.StringComparer.Ordinal))
                {
                    string name = Path.GetFileName(file);
                    if (!name.StartsWith('.') && name != "README.txt" && !name.EndsWith(".md", System.StringComparison.Ordinal))
                    {
                        yield return file;
                    }
                }
            }
        }
    }
}
