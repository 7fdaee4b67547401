using System;
using System.Collections.Generic;
using System.Linq;

namespace EtProtocolGen.Tool.Export
{
    /// <summary>protoc refuses files that import each other in a circle: namespaces whose types use each other both ways.</summary>
    internal static class ExportImports
    {
        public static void CheckAcyclic(IReadOnlyList<ExportFile> files)
        {
            var byPath = files.ToDictionary(file => file.Path, StringComparer.Ordinal);
            var done = new HashSet<string>(StringComparer.Ordinal);
            foreach (ExportFile file in files)
            {
                Visit(file.Path, new List<string>(), byPath, done);
            }
        }

        private static void Visit(string path, List<string> trail, Dictionary<string, ExportFile> files, HashSet<string> done)
        {
            int start = trail.IndexOf(path);
            if (start >= 0)
            {
                throw new ToolException("the exported files would import each other in a circle (protoc refuses that): "
                    + string.Join(" -> ", trail.Skip(start).Append(path)) + "; move the types these namespaces share into one namespace");
            }

            if (done.Contains(path) || !files.TryGetValue(path, out ExportFile? file))
            {
                return;
            }

            trail.Add(path);
            foreach (string imported in file.Imports)
            {
                Visit(imported, trail, files, done);
            }

            trail.RemoveAt(trail.Count - 1);
            done.Add(path);
        }
    }
}
