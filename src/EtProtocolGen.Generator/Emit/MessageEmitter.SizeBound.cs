using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Generator.Emit
{
    internal static partial class MessageEmitter
    {
        /// <summary>Bytes of the longest varint: the bound of every varint-encoded scalar.</summary>
        private const int MaxVarintSize = 10;

        /// <summary>Bytes of the longest length prefix of a value that fits in a message.</summary>
        private const int MaxLengthPrefixSize = 5;

        /// <summary>
        /// <c>CalculateSizeBound()</c>: an upper bound of <c>CalculateSize()</c> that costs no varint or UTF-8 measuring
        /// (10 bytes per varint, 3 per string character, 5 per length prefix), so that <c>WriteTo</c> and
        /// <c>TryWriteTo</c> can skip the exact size pass when the bound already fits. A <c>long</c>, so that it
        /// cannot overflow for any string or collection .NET can hold.
        /// </summary>
        private static void EmitCalculateSizeBound(IndentedTextWriter writer, MessageModel message)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>");
            writer.WriteLine("/// An upper bound of <see cref=\"CalculateSize\"/>, cheaper to compute: 10 bytes per varint, 3 per string character,");
            writer.WriteLine("/// 5 per length prefix. Lets <see cref=\"WriteTo\"/> and <see cref=\"TryWriteTo\"/> skip the exact size pass.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine(NeverBrowsable);
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("public long CalculateSizeBound()");
            writer.OpenBlock();

            long constant = 0;
            foreach (FieldModel field in message.Fields)
            {
                if (ConstantFieldBound(field) is long fieldConstant)
                {
                    constant += fieldConstant;
                }
            }

            writer.WriteLine("long size = " + constant + "L; // the fields whose bound does not depend on their value");
            foreach (FieldModel field in message.Fields)
            {
                if (ConstantFieldBound(field) is null)
                {
                    writer.WriteLine();
                    EmitFieldSizeBound(writer, field);
                }
            }

            writer.WriteLine();
            writer.WriteLine("return size;");
            writer.CloseBlock();
        }

        /// <summary>The bound of a field that holds one scalar, or null when it depends on the value.</summary>
        private static long? ConstantFieldBound(FieldModel field) =>
            field.Shape is FieldShape.Single or FieldShape.Nullable && FieldTypeClassifier.IsScalar(field.Value.Kind)
                ? WireTag.Size(field.Number) + ScalarBound(field.Value)
                : null;

        private static void EmitFieldSizeBound(IndentedTextWriter writer, FieldModel field)
        {
            int tagSize = WireTag.Size(field.Number);
            string local = Local(field);
            ValueModel value = field.Value;
            writer.WriteLine("var " + local + " = " + Member(field) + ";");
            switch (field.Shape)
            {
                case FieldShape.Single:
                    writer.WriteLine("size += " + tagSize + " + " + ValueBound(value, local) + ";");
                    return;

                case FieldShape.Map:
                    writer.WriteLine("if (" + local + " is not null)");
                    writer.OpenBlock();
                    // Per entry: its tag, its length prefix and the one-byte tags of key (1) and value (2).
                    int entryOverhead = tagSize + MaxLengthPrefixSize + 2;
                    if (FieldTypeClassifier.IsScalar(field.Key!.Kind) && FieldTypeClassifier.IsScalar(value.Kind))
                    {
                        long entry = entryOverhead + ScalarBound(field.Key) + ScalarBound(value);
                        writer.WriteLine("size += (long)" + local + ".Count * " + entry + ";");
                    }
                    else
                    {
                        writer.WriteLine("foreach (var entry in " + local + ")");
                        writer.OpenBlock();
                        writer.WriteLine("size += " + entryOverhead + " + " + ValueBound(field.Key, "entry.Key") + " + " + ValueBound(value, "entry.Value") + ";");
                        writer.CloseBlock();
                    }

                    writer.CloseBlock();
                    return;

                default:
                    string count = local + (field.Shape == FieldShape.Array ? ".Length" : ".Count");
                    writer.WriteLine("if (" + local + " is not null)");
                    writer.OpenBlock();
                    if (field.IsPacked)
                    {
                        writer.WriteLine("size += " + (tagSize + MaxLengthPrefixSize) + " + (long)" + count + " * " + ScalarBound(value) + ";");
                    }
                    else
                    {
                        writer.WriteLine("for (int i = 0; i < " + count + "; i++)");
                        writer.OpenBlock();
                        writer.WriteLine("size += " + tagSize + " + " + ValueBound(value, local + "[i]") + ";");
                        writer.CloseBlock();
                    }

                    writer.CloseBlock();
                    return;
            }
        }

        /// <summary>The most bytes a scalar value takes: its fixed width, or the longest varint.</summary>
        private static int ScalarBound(ValueModel value)
        {
            int width = ValueCodec.ConstantSize(value);
            return width != 0 ? width : MaxVarintSize;
        }

        /// <summary>The bound of one value without its tag, length prefix included; null strings, bytes and messages count as empty.</summary>
        private static string ValueBound(ValueModel value, string expression) => value.Kind switch
        {
            FieldValueKind.String => MaxLengthPrefixSize + " + 3L * (" + expression + "?.Length ?? 0)",
            FieldValueKind.ByteArray => MaxLengthPrefixSize + " + (long)(" + expression + "?.Length ?? 0)",
            FieldValueKind.ByteMemory => MaxLengthPrefixSize + " + (long)" + expression + ".Length",
            FieldValueKind.Message when value.IsValueType => MaxLengthPrefixSize + " + " + expression + ".CalculateSizeBound()",
            FieldValueKind.Message => MaxLengthPrefixSize + " + (" + expression + "?.CalculateSizeBound() ?? 0L)",
            _ => ScalarBound(value).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
