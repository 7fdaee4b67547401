using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace EtProtocolGen.Tool.Export
{
    /// <summary>Writes one <see cref="ExportFile"/> as proto3 text: header, package, imports, opcode enum, enums, messages.</summary>
    internal static class ProtoFileEmitter
    {
        /// <summary>The file the etp options are declared in, on protoc's import path from the package's proto/ folder.</summary>
        public const string OptionsFile = "etprotocolgen.proto";

        public static string Write(ExportFile file, string source)
        {
            var text = new StringWriter { NewLine = "\n" };
            var writer = new IndentedTextWriter(text, "  ") { NewLine = "\n" };
            writer.WriteLine("// Exported by etprotocolgen export-proto from " + source + ": do not edit, export again after changing the C# messages.");
            writer.WriteLine(file.IsInner
                ? "// Server-to-server (inner) messages: never hand this file to a client."
                : "// The client protocol, for clients and bots in other languages. Frames, opcodes and errors: docs/wire.md of EtProtocolGen.");
            bool usesOptions = file.Messages.Any(message => message.Options.Count > 0 || message.Fields.Any(field => field.Options.Count > 0));
            if (usesOptions)
            {
                writer.WriteLine("// The etp options need " + OptionsFile + " (the EtProtocolGen package's proto/ folder) on protoc's import path.");
            }

            writer.WriteLine("syntax = \"proto3\";");
            writer.WriteLine();
            if (file.Package.Length > 0)
            {
                writer.WriteLine("package " + file.Package + ";");
                writer.WriteLine();
            }

            writer.WriteLine("option csharp_namespace = " + ExportOptions.Quote(file.CSharpNamespace) + ";");
            writer.WriteLine();
            IEnumerable<string> imports = usesOptions ? file.Imports.Prepend(OptionsFile) : file.Imports;
            foreach (string import in imports)
            {
                writer.WriteLine("import " + ExportOptions.Quote(import) + ";");
            }

            if (imports.Any())
            {
                writer.WriteLine();
            }

            var blocks = new List<System.Action>();
            if (file.Opcodes is { } opcodes)
            {
                blocks.Add(() => WriteEnum(writer, opcodes));
            }

            blocks.AddRange(file.Enums.Select(item => (System.Action)(() => WriteEnum(writer, item))));
            blocks.AddRange(file.Messages.Select(item => (System.Action)(() => WriteMessage(writer, item))));
            for (int i = 0; i < blocks.Count; i++)
            {
                if (i > 0)
                {
                    writer.WriteLine();
                }

                blocks[i]();
            }

            writer.Flush();
            return text.ToString();
        }

        private static void WriteEnum(IndentedTextWriter writer, ExportEnum item)
        {
            WriteComments(writer, item.Comments);
            writer.WriteLine("enum " + item.Name + " {");
            writer.Indent++;
            if (item.AllowAlias)
            {
                writer.WriteLine("option allow_alias = true;");
            }

            foreach (ExportEnumValue value in item.Values)
            {
                writer.WriteLine(value.Name + " = " + ExportOptions.Number(value.Number) + ";" + (value.Comment is null ? "" : " // " + value.Comment));
            }

            writer.Indent--;
            writer.WriteLine("}");
        }

        private static void WriteMessage(IndentedTextWriter writer, ExportMessage message)
        {
            WriteComments(writer, message.Comments);
            writer.WriteLine("message " + message.Name + " {");
            writer.Indent++;
            foreach (string option in message.Options)
            {
                writer.WriteLine("option " + option + ";");
            }

            if (message.Options.Count > 0 && (message.Fields.Count > 0 || message.ReservedNumbers.Count > 0 || message.ReservedNames.Count > 0))
            {
                writer.WriteLineNoTabs("");
            }

            foreach (ExportField field in message.Fields)
            {
                WriteComments(writer, field.Comments);
                string options = field.Options.Count == 0 ? "" : " [" + string.Join(", ", field.Options) + "]";
                writer.WriteLine(field.Type + " " + field.Name + " = " + ExportOptions.Number(field.Number) + options + ";");
            }

            if (message.ReservedNumbers.Count > 0)
            {
                writer.WriteLine("reserved " + string.Join(", ", message.ReservedNumbers.Select(number => ExportOptions.Number(number))) + ";");
            }

            if (message.ReservedNames.Count > 0)
            {
                writer.WriteLine("reserved " + string.Join(", ", message.ReservedNames.Select(ExportOptions.Quote)) + ";");
            }

            writer.Indent--;
            writer.WriteLine("}");
        }

        private static void WriteComments(IndentedTextWriter writer, IEnumerable<string> comments)
        {
            foreach (string comment in comments)
            {
                writer.WriteLine("// " + comment);
            }
        }
    }
}
