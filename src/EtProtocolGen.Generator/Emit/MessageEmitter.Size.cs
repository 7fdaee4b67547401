using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Generator.Emit
{
    internal static partial class MessageEmitter
    {
        private static void EmitCalculateSize(IndentedTextWriter writer, MessageModel message)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>Returns the exact number of bytes the message encodes to.</summary>");
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("public int CalculateSize()");
            writer.OpenBlock();
            writer.WriteLine("int size = 0;");
            foreach (FieldModel field in message.Fields)
            {
                writer.WriteLine();
                EmitFieldSize(writer, field);
            }

            writer.WriteLine();
            writer.WriteLine("return size;");
            writer.CloseBlock();
        }

        private static void EmitFieldSize(IndentedTextWriter writer, FieldModel field)
        {
            string tagSize = ValueCodec.Number(WireTag.Size(field.Number));
            string local = Local(field);
            ValueModel value = field.Value;
            switch (field.Shape)
            {
                case FieldShape.Single when value.Kind == FieldValueKind.Message && value.IsValueType:
                    writer.WriteLine("int " + local + "Size = " + Member(field) + ".CalculateSize();");
                    writer.WriteLine("if (" + local + "Size != 0)");
                    writer.OpenBlock();
                    writer.WriteLine("size += " + tagSize + " + " + ValueCodec.ProtoSize + ".LengthDelimited(" + local + "Size);");
                    writer.CloseBlock();
                    return;

                case FieldShape.Single:
                    writer.WriteLine("var " + local + " = " + Member(field) + ";");
                    writer.WriteLine("if (" + PresenceCondition(value, local) + ")");
                    writer.OpenBlock();
                    writer.WriteLine("size += " + SizeWithTag(WireTag.Size(field.Number), value, local) + ";");
                    writer.CloseBlock();
                    return;

                case FieldShape.Nullable:
                    writer.WriteLine("var " + local + " = " + Member(field) + ";");
                    writer.WriteLine("if (" + local + ".HasValue)");
                    writer.OpenBlock();
                    writer.WriteLine("size += " + SizeWithTag(WireTag.Size(field.Number), value, local + ".GetValueOrDefault()") + ";");
                    writer.CloseBlock();
                    return;

                case FieldShape.Map:
                    writer.WriteLine("var " + local + " = " + Member(field) + ";");
                    writer.WriteLine("if (" + local + " is not null)");
                    writer.OpenBlock();
                    writer.WriteLine("foreach (var entry in " + local + ")");
                    writer.OpenBlock();
                    writer.WriteLine("int entrySize = " + MapEntrySize(field) + ";");
                    writer.WriteLine("size += " + tagSize + " + " + ValueCodec.ProtoSize + ".LengthDelimited(entrySize);");
                    writer.CloseBlock();
                    writer.CloseBlock();
                    return;

                default:
                    string count = local + (field.Shape == FieldShape.Array ? ".Length" : ".Count");
                    writer.WriteLine("var " + local + " = " + Member(field) + ";");
                    writer.WriteLine("if (" + local + " is not null && " + count + " != 0)");
                    writer.OpenBlock();
                    if (field.IsPacked)
                    {
                        EmitPackedLength(writer, field);
                        writer.WriteLine("size += " + tagSize + " + " + ValueCodec.ProtoSize + ".LengthDelimited(" + local + "Length);");
                    }
                    else
                    {
                        // One tag per element.
                        writer.WriteLine("size += " + (tagSize == "1" ? count : count + " * " + tagSize) + ";");
                        writer.WriteLine("for (int i = 0; i < " + count + "; i++)");
                        writer.OpenBlock();
                        writer.WriteLine("size += " + ValueCodec.SizeOfElement(value, local + "[i]") + ";");
                        writer.CloseBlock();
                    }

                    writer.CloseBlock();
                    return;
            }
        }

        /// <summary>Declares <c>fieldNLength</c>: the byte length of a packed field's payload.</summary>
        private static void EmitPackedLength(IndentedTextWriter writer, FieldModel field)
        {
            string local = Local(field);
            string count = local + (field.Shape == FieldShape.Array ? ".Length" : ".Count");
            int width = ValueCodec.ConstantSize(field.Value);
            if (width != 0)
            {
                writer.WriteLine("int " + local + "Length = " + (width == 1 ? count : count + " * " + ValueCodec.Number(width)) + ";");
                return;
            }

            writer.WriteLine("int " + local + "Length = 0;");
            writer.WriteLine("for (int i = 0; i < " + count + "; i++)");
            writer.OpenBlock();
            writer.WriteLine(local + "Length += " + ValueCodec.SizeOfScalar(field.Value, local + "[i]") + ";");
            writer.CloseBlock();
            writer.WriteLine();
        }

        /// <summary>The size of one map entry's payload: key (field 1) and value (field 2), one-byte tags each.</summary>
        private static string MapEntrySize(FieldModel field) =>
            "2 + " + ValueCodec.SizeOfKey(field.Key!, "entry.Key") + " + " + ValueCodec.SizeOfElement(field.Value, "entry.Value");

        /// <summary>
        /// The proto3 implicit-presence test of a single value held in <paramref name="local"/>: defaults,
        /// null or empty strings and bytes, and null messages are not written.
        /// </summary>
        private static string PresenceCondition(ValueModel value, string local) => value.Kind switch
        {
            FieldValueKind.Bool => local,
            FieldValueKind.Single => local + " != 0F",
            FieldValueKind.Double => local + " != 0D",
            FieldValueKind.String or FieldValueKind.ByteArray => local + " is not null && " + local + ".Length != 0",
            FieldValueKind.ByteMemory => "!" + local + ".IsEmpty",
            FieldValueKind.Message => local + " is not null",
            _ => local + " != 0",
        };

        /// <summary>Tag plus value size of a present single value (never null here).</summary>
        private static string SizeWithTag(int tagSize, ValueModel value, string expression)
        {
            int constant = ValueCodec.ConstantSize(value);
            if (constant != 0 && ValueCodec.WireType(value) != RuntimeContract.WireType.LengthDelimited)
            {
                return ValueCodec.Number(tagSize + constant);
            }

            string valueSize = value.Kind switch
            {
                FieldValueKind.String => ValueCodec.ProtoSize + ".String(" + expression + ")",
                FieldValueKind.ByteArray or FieldValueKind.ByteMemory => ValueCodec.ProtoSize + ".LengthDelimited(" + expression + ".Length)",
                FieldValueKind.Message => ValueCodec.ProtoSize + ".LengthDelimited(" + expression + ".CalculateSize())",
                _ => ValueCodec.SizeOfScalar(value, expression),
            };
            return ValueCodec.Number(tagSize) + " + " + valueSize;
        }
    }
}
