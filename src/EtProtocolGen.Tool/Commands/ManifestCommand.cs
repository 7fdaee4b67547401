using System.Collections.Generic;
using System.IO;
using System.Linq;
using EtProtocolGen.Analyzers.Manifest;
using EtProtocolGen.Tool.Inputs;

namespace EtProtocolGen.Tool.Commands
{
    /// <summary>
    /// <c>etprotocolgen manifest &lt;assembly.dll&gt;</c>: brings a project's manifest up to date with its compiled assembly, as
    /// the ETP0201 fix does in the IDE: Protocol.Unshipped.txt records every difference from Protocol.Shipped.txt. With
    /// <c>--ship</c> the whole current protocol becomes Protocol.Shipped.txt (a release, or accepting every change);
    /// with <c>--check</c> nothing is written and the exit code says whether anything would change.
    /// </summary>
    internal static class ManifestCommand
    {
        public static int Run(Arguments arguments, TextWriter output)
        {
            arguments.AllowFlags("--ship", "--check");
            if (arguments.Positional.Count != 1)
            {
                throw new ToolException("manifest needs the compiled assembly: etprotocolgen manifest <assembly.dll> [--project <dir>]");
            }

            string project = arguments.Option("--project") ?? ".";
            if (!Directory.Exists(project))
            {
                throw new ToolException(project + " is not a directory");
            }

            BuiltManifest current = CompiledProtocol.Read(arguments.Positional[0]);
            string shippedPath = Path.Combine(project, ManifestFile.ShippedFileName);
            string unshippedPath = Path.Combine(project, ManifestFile.UnshippedFileName);
            ManifestFile shipped = Read(shippedPath);
            ManifestFile unshipped = Read(unshippedPath);
            var files = new List<(string Path, string Text)>();
            if (arguments.Flag("--ship"))
            {
                files.Add((shippedPath, Format(shipped, shipped: true, ManifestWriter.Write(current.Manifest))));
                if (File.Exists(unshippedPath))
                {
                    files.Add((unshippedPath, Format(unshipped, shipped: false, Enumerable.Empty<string>())));
                }
            }
            else
            {
                var set = ManifestLoader.Checked(new ManifestSet(shipped, unshipped));
                Dictionary<string, List<string>> entities = ManifestWriter.WriteByEntity(current.Manifest);
                var update = new Dictionary<string, IReadOnlyList<string>>();
                foreach (string entity in entities.Keys.Concat(set.Entities()).Distinct())
                {
                    update[entity] = entities.TryGetValue(entity, out List<string>? lines) ? lines : new List<string>();
                }

                files.Add((unshippedPath, Format(unshipped, shipped: false, set.UpdateUnshipped(update))));
            }

            int changed = 0;
            foreach ((string path, string text) in files)
            {
                bool same = File.Exists(path) && File.ReadAllText(path).Replace("\r\n", "\n") == text;
                if (same)
                {
                    continue;
                }

                changed++;
                if (arguments.Flag("--check"))
                {
                    output.WriteLine(path + " is out of date");
                }
                else
                {
                    File.WriteAllText(path, text);
                    output.WriteLine("wrote " + path);
                }
            }

            if (changed == 0)
            {
                output.WriteLine("the manifest in " + project + " is up to date");
            }

            return arguments.Flag("--check") && changed > 0 ? 1 : 0;
        }

        private static ManifestFile Read(string path) =>
            File.Exists(path) ? ManifestFile.Parse(path, File.ReadAllText(path)) : ManifestFile.Empty(path);

        private static string Format(ManifestFile file, bool shipped, IEnumerable<string> lines) =>
            ManifestFile.Format(file.Header.Count > 0 || File.Exists(file.Path) ? file.Header : ManifestFile.NewHeader(shipped), lines);
    }
}
