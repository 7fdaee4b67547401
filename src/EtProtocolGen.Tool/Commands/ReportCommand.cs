using System.Collections.Generic;
using System.IO;
using EtProtocolGen.Analyzers.Manifest;
using EtProtocolGen.Tool.Inputs;
using EtProtocolGen.Tool.Report;

namespace EtProtocolGen.Tool.Commands
{
    /// <summary><c>etprotocolgen report</c>: the Markdown protocol reference and threat summary.</summary>
    internal static class ReportCommand
    {
        public const string DefaultTitle = "Protocol reference";

        public static int Run(Arguments arguments, TextWriter output)
        {
            arguments.AllowFlags("--check");
            if (arguments.Positional.Count == 0)
            {
                throw new ToolException("report needs at least one manifest (a project directory or a file)");
            }

            var inputs = new List<(string, ProtocolManifest)>();
            foreach (string path in arguments.Positional)
            {
                inputs.Add((path.Replace('\\', '/').TrimEnd('/'), ManifestLoader.Declared(path)));
            }

            string report = new ProtocolReport(inputs).Write(arguments.Option("--title") ?? DefaultTitle);
            string? file = arguments.Option("--output");
            if (arguments.Flag("--check"))
            {
                if (file is null)
                {
                    throw new ToolException("--check needs --output <file.md>");
                }

                if (!File.Exists(file) || File.ReadAllText(file).Replace("\r\n", "\n") != report)
                {
                    output.WriteLine(file + " is stale: regenerate it with etprotocolgen report");
                    return 1;
                }

                output.WriteLine(file + " is up to date");
                return 0;
            }

            if (file is null)
            {
                output.Write(report);
            }
            else
            {
                File.WriteAllText(file, report);
            }

            return 0;
        }
    }
}
