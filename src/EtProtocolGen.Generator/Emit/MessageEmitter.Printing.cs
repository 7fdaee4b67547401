using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Emit.Fields;

namespace EtProtocolGen.Generator.Emit
{
    internal static partial class MessageEmitter
    {
        private const string StringBuilder = "global::System.Text.StringBuilder";

        /// <summary>
        /// Emits <c>ToString</c> for classes and structs, <c>PrintMembers</c> for records (whose synthesized
        /// <c>ToString</c> calls it), listing the [Field] members with [Sensitive] ones as <c>***</c>.
        /// </summary>
        private static void EmitPrinting(IndentedTextWriter writer, MessageModel message, FieldEmitter[] fields)
        {
            switch (message.Printing)
            {
                case ToStringKind.Override:
                    writer.WriteLine();
                    writer.WriteLine("/// <summary>Lists the fields; [Sensitive] fields print as ***, bytes and collections as their length.</summary>");
                    writer.WriteLine(GeneratedCode);
                    writer.WriteLine("public override string ToString()");
                    writer.OpenBlock();
                    writer.WriteLine("var builder = new " + StringBuilder + "();");
                    writer.WriteLine("builder.Append(\"" + message.Name + " { \");");
                    EmitMembers(writer, fields);
                    writer.WriteLine("builder.Append(\"" + (message.Fields.IsEmpty ? "}" : " }") + "\");");
                    writer.WriteLine("return builder.ToString();");
                    writer.CloseBlock();
                    return;

                case ToStringKind.PrintMembersPrivate:
                case ToStringKind.PrintMembersVirtual:
                case ToStringKind.PrintMembersOverride:
                    string modifiers = message.Printing switch
                    {
                        ToStringKind.PrintMembersPrivate => "private",
                        ToStringKind.PrintMembersVirtual => "protected virtual",
                        _ => "protected override",
                    };
                    writer.WriteLine();
                    writer.WriteLine("/// <summary>Prints the fields for the record's ToString; [Sensitive] fields print as ***, bytes and collections as their length.</summary>");
                    writer.WriteLine(GeneratedCode);
                    writer.WriteLine(modifiers + " bool PrintMembers(" + StringBuilder + " builder)");
                    writer.OpenBlock();
                    bool hasBase = message.Printing == ToStringKind.PrintMembersOverride;
                    if (hasBase)
                    {
                        writer.WriteLine("bool printedBase = base.PrintMembers(builder);");
                        if (!message.Fields.IsEmpty)
                        {
                            writer.WriteLine("if (printedBase)");
                            writer.OpenBlock();
                            writer.WriteLine("builder.Append(\", \");");
                            writer.CloseBlock();
                            writer.WriteLine();
                        }
                    }

                    EmitMembers(writer, fields);
                    writer.WriteLine("return " + (message.Fields.IsEmpty ? (hasBase ? "printedBase" : "false") : "true") + ";");
                    writer.CloseBlock();
                    return;
            }
        }

        private static void EmitMembers(IndentedTextWriter writer, FieldEmitter[] fields)
        {
            bool first = true;
            foreach (FieldEmitter field in fields)
            {
                string label = (first ? "" : ", ") + field.Field.Name + " = ";
                first = false;
                if (field.Field.Sensitive)
                {
                    writer.WriteLine("builder.Append(\"" + label + "***\"); // [Sensitive]");
                    continue;
                }

                writer.WriteLine("builder.Append(\"" + label + "\");");
                writer.WriteLine("builder.Append(" + field.Format() + ");");
            }
        }
    }
}
