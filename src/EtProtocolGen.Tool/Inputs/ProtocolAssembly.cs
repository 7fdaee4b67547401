using System;
using System.IO;
using System.Linq;

namespace EtProtocolGen.Tool.Inputs
{
    /// <summary>The compiled assembly a command reads: a .dll as given, or the newest build of a project (its directory or .csproj).</summary>
    internal static class ProtocolAssembly
    {
        public static string Find(string path)
        {
            if (path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                return path;
            }

            string? project = path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) ? path
                : Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.csproj").OrderBy(file => file, StringComparer.Ordinal).FirstOrDefault()
                : null;
            if (project is null || !File.Exists(project))
            {
                throw new ToolException(path + " is neither an assembly (.dll) nor a project (.csproj, or a directory holding one)");
            }

            string name = Path.GetFileNameWithoutExtension(project) + ".dll";
            string bin = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(project))!, "bin");
            FileInfo? newest = Directory.Exists(bin)
                ? new DirectoryInfo(bin).EnumerateFiles(name, SearchOption.AllDirectories)
                    .Where(file => !file.DirectoryName!.Split(Path.DirectorySeparatorChar).Contains("ref"))
                    .OrderByDescending(file => file.LastWriteTimeUtc)
                    .FirstOrDefault()
                : null;
            return newest?.FullName ?? throw new ToolException("no " + name + " under " + bin + ": build " + project + " first (or pass the .dll)");
        }
    }
}
