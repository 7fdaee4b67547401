using System.IO;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Tool.Export;
using EtProtocolGen.Tool.Inputs;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Tool.Commands
{
    /// <summary>
    /// <c>etprotocolgen export-proto &lt;assembly-or-project&gt; --out &lt;dir&gt;</c>: writes the compiled protocol as proto3 files for
    /// clients in other languages (docs/proto.md, "Exporting"). Client (outer) messages only, unless <c>--inner</c>; with
    /// <c>--check</c> nothing is written and the exit code says whether a file is out of date.
    /// </summary>
    internal static class ExportProtoCommand
    {
        public static int Run(Arguments arguments, TextWriter output, TextWriter errors)
        {
            arguments.AllowFlags("--inner", "--check");
            if (arguments.Positional.Count != 1)
            {
                throw new ToolException("export-proto needs the protocol: etprotocolgen export-proto <assembly.dll or project> --out <dir>");
            }

            string directory = arguments.Option("--out") ?? throw new ToolException("export-proto needs --out <dir>");
            string assemblyPath = ProtocolAssembly.Find(arguments.Positional[0]);
            (ProtocolSymbols symbols, IAssemblySymbol assembly) = CompiledProtocol.Open(assemblyPath);
            ProtoExport export = new ProtoExportBuilder(symbols, assembly).Build(arguments.Flag("--inner"));
            foreach (string warning in export.Warnings)
            {
                errors.WriteLine("etprotocolgen: warning: " + warning);
            }

            if (export.Files.Count == 0)
            {
                throw new ToolException(assemblyPath + " declares no " + (arguments.Flag("--inner") ? "" : "client (outer) ") + "message with an opcode");
            }

            int stale = 0;
            foreach (ExportFile file in export.Files)
            {
                string path = Path.Combine(directory, file.Path.Replace('/', Path.DirectorySeparatorChar));
                string text = ProtoFileEmitter.Write(file, assembly.Name + ".dll");
                if (File.Exists(path) && File.ReadAllText(path).Replace("\r\n", "\n") == text)
                {
                    continue;
                }

                stale++;
                if (arguments.Flag("--check"))
                {
                    output.WriteLine(path + " is out of date");
                }
                else
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                    File.WriteAllText(path, text);
                    output.WriteLine("wrote " + path);
                }
            }

            if (stale == 0)
            {
                output.WriteLine("the .proto files in " + directory + " are up to date");
            }

            return arguments.Flag("--check") && stale > 0 ? 1 : 0;
        }
    }
}
