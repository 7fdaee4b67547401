using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Generator.Emit
{
    internal static partial class MessageEmitter
    {
        private static void EmitWriteFields(IndentedTextWriter writer, MessageModel message)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>Writes the fields in field-number order, without a length prefix, into a writer with room for the whole message (see <see cref=\"CalculateSizeBound\"/>).</summary>");
            writer.WriteLine(NeverBrowsable);
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("public void WriteFields(ref " + ProtoWriter + " writer)");
            writer.OpenBlock();
            bool first = true;
            foreach (FieldModel field in message.Fields)
            {
                if (!first)
                {
                    writer.WriteLine();
                }

                first = false;
                EmitFieldWrite(writer, field);
            }

            writer.CloseBlock();
        }

        private static void EmitFieldWrite(IndentedTextWriter writer, FieldModel field)
        {
            string local = Local(field);
            ValueModel value = field.Value;
            int wireType = field.IsPacked || field.Shape == FieldShape.Map ? RuntimeContract.WireType.LengthDelimited : ValueCodec.WireType(value);
            uint tag = WireTag.Make(field.Number, wireType);
            writer.WriteLine("// " + field.Name + " = " + ValueCodec.Number(field.Number) + " (" + DescribeWireType(field) + ")");
            switch (field.Shape)
            {
                case FieldShape.Single when value.Kind == FieldValueKind.Message && value.IsValueType:
                    writer.WriteLine("var " + local + " = " + Member(field) + ";");
                    writer.WriteLine("int " + local + "Size = " + local + ".CalculateSize();");
                    writer.WriteLine("if (" + local + "Size != 0)");
                    writer.OpenBlock();
                    WireTag.EmitWrite(writer, "writer", tag);
                    writer.WriteLine("writer.WriteLength(" + local + "Size);");
                    writer.WriteLine(local + ".WriteFields(ref writer);");
                    writer.CloseBlock();
                    return;

                case FieldShape.Single:
                    writer.WriteLine("var " + local + " = " + Member(field) + ";");
                    writer.WriteLine("if (" + PresenceCondition(value, local) + ")");
                    writer.OpenBlock();
                    WireTag.EmitWrite(writer, "writer", tag);
                    EmitPresentValueWrite(writer, value, local);
                    writer.CloseBlock();
                    return;

                case FieldShape.Nullable:
                    writer.WriteLine("var " + local + " = " + Member(field) + ";");
                    writer.WriteLine("if (" + local + ".HasValue)");
                    writer.OpenBlock();
                    WireTag.EmitWrite(writer, "writer", tag);
                    writer.WriteLine(ValueCodec.WriteScalar(value, "writer", local + ".GetValueOrDefault()") + ";");
                    writer.CloseBlock();
                    return;

                case FieldShape.Map:
                    writer.WriteLine("var " + local + " = " + Member(field) + ";");
                    writer.WriteLine("if (" + local + " is not null)");
                    writer.OpenBlock();
                    writer.WriteLine("foreach (var entry in " + local + ")");
                    writer.OpenBlock();
                    WireTag.EmitWrite(writer, "writer", tag);
                    writer.WriteLine("int entryLengthAt = writer.BeginLengthDelimited();");
                    WireTag.EmitWrite(writer, "writer", WireTag.Make(1, ValueCodec.WireType(field.Key!)));
                    writer.WriteLine(ValueCodec.WriteKey(field.Key!, "writer", "entry.Key"));

                    WireTag.EmitWrite(writer, "writer", WireTag.Make(2, ValueCodec.WireType(value)));
                    foreach (string line in ValueCodec.WriteElement(value, "writer", "entry.Value", "item"))
                    {
                        writer.WriteLine(line);
                    }

                    writer.WriteLine("writer.EndLengthDelimited(entryLengthAt);");
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
                        WireTag.EmitWrite(writer, "writer", tag);
                        writer.WriteLine("writer.WriteLength(" + local + "Length);");
                        writer.WriteLine("for (int i = 0; i < " + count + "; i++)");
                        writer.OpenBlock();
                        writer.WriteLine(ValueCodec.WriteScalar(value, "writer", local + "[i]") + ";");
                        writer.CloseBlock();
                    }
                    else
                    {
                        writer.WriteLine("for (int i = 0; i < " + count + "; i++)");
                        writer.OpenBlock();
                        WireTag.EmitWrite(writer, "writer", tag);
                        foreach (string line in ValueCodec.WriteElement(value, "writer", local + "[i]", "item"))
                        {
                            writer.WriteLine(line);
                        }

                        writer.CloseBlock();
                    }

                    writer.CloseBlock();
                    return;
            }
        }

        /// <summary>Writes a single value that <see cref="PresenceCondition"/> found present (so never null).</summary>
        private static void EmitPresentValueWrite(IndentedTextWriter writer, ValueModel value, string local)
        {
            switch (value.Kind)
            {
                case FieldValueKind.String:
                    writer.WriteLine("writer.WriteString(" + local + ");");
                    return;
                case FieldValueKind.ByteArray:
                    writer.WriteLine("writer.WriteBytes(" + local + ");");
                    return;
                case FieldValueKind.ByteMemory:
                    writer.WriteLine("writer.WriteBytes(" + local + ".Span);");
                    return;
                case FieldValueKind.Message:
                    foreach (string line in ValueCodec.WriteEmbedded("writer", local))
                    {
                        writer.WriteLine(line);
                    }

                    return;
                default:
                    writer.WriteLine(ValueCodec.WriteScalar(value, "writer", local) + ";");
                    return;
            }
        }

        /// <summary>The protobuf declaration of a field, for comments: <c>repeated sint32, packed</c>, <c>map&lt;string, message&gt;</c>.</summary>
        private static string DescribeWireType(FieldModel field, bool unpacked = false) => field.Shape switch
        {
            FieldShape.Map => "map<" + ValueCodec.ProtoTypeName(field.Key!) + ", " + ValueCodec.ProtoTypeName(field.Value) + ">",
            FieldShape.Nullable => "optional " + ValueCodec.ProtoTypeName(field.Value),
            FieldShape.List or FieldShape.Array => "repeated " + ValueCodec.ProtoTypeName(field.Value) + (unpacked ? ", unpacked" : field.IsPacked ? ", packed" : ""),
            _ => ValueCodec.ProtoTypeName(field.Value),
        };
    }
}
