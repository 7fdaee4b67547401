using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Generator.Emit
{
    internal static partial class MessageEmitter
    {
        private static void EmitValidate(IndentedTextWriter writer, MessageModel message)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>Checks [Required], [MinLength] and [Range] in field-number order, then the <c>OnValidate</c> hook; returns the first failure.</summary>");
            writer.WriteLine(NeverBrowsable);
            writer.WriteLine("public " + ValidationResult + " Validate()");
            writer.OpenBlock();
            foreach (FieldModel field in message.Fields)
            {
                if (field.Required)
                {
                    EmitRequired(writer, field);
                }

                if (field.MinLength > 0)
                {
                    EmitMinLength(writer, field);
                }

                if (field.Range is not null && IsNumeric(field.Value.Kind) && field.Shape != FieldShape.Map)
                {
                    EmitRange(writer, field, field.Range);
                }
            }

            writer.WriteLine("var result = " + ValidationResult + ".Success;");
            writer.WriteLine("this.OnValidate(ref result);");
            writer.WriteLine("return result;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("/// <summary>Optional hook: implement it to add checks; set <paramref name=\"result\"/> to a failure to refuse the message.</summary>");
            writer.WriteLine("partial void OnValidate(ref " + ValidationResult + " result);");
        }

        private static void EmitRequired(IndentedTextWriter writer, FieldModel field)
        {
            string member = Member(field);
            string? failed = field.Shape switch
            {
                FieldShape.Nullable => "!" + member + ".HasValue",
                FieldShape.List or FieldShape.Map => member + " is null || " + member + ".Count == 0",
                FieldShape.Array => member + " is null || " + member + ".Length == 0",
                _ => field.Value.Kind switch
                {
                    FieldValueKind.String or FieldValueKind.ByteArray => member + " is null || " + member + ".Length == 0",
                    FieldValueKind.ByteMemory => member + ".IsEmpty",
                    FieldValueKind.Message when !field.Value.IsValueType => member + " is null",
                    _ => null,
                },
            };
            if (failed is not null)
            {
                EmitFailure(writer, failed, field, "Required");
                writer.WriteLine();
            }
        }

        private static void EmitMinLength(IndentedTextWriter writer, FieldModel field)
        {
            string member = Member(field);
            string length = ValueCodec.Number(field.MinLength);
            string? failed = field.Shape switch
            {
                FieldShape.List or FieldShape.Map => "(" + member + " is null ? 0 : " + member + ".Count) < " + length,
                FieldShape.Array => "(" + member + " is null ? 0 : " + member + ".Length) < " + length,
                FieldShape.Single => field.Value.Kind switch
                {
                    FieldValueKind.String or FieldValueKind.ByteArray => "(" + member + " is null ? 0 : " + member + ".Length) < " + length,
                    FieldValueKind.ByteMemory => member + ".Length < " + length,
                    _ => null,
                },
                _ => null,
            };
            if (failed is not null)
            {
                EmitFailure(writer, failed, field, "MinLength");
                writer.WriteLine();
            }
        }

        /// <summary>
        /// Compares through a local of a type wide enough for both the field and the bounds (long, decimal for ulong,
        /// double for floating-point bounds), so no bound is ever a constant outside the field's type; NaN fails.
        /// </summary>
        private static void EmitRange(IndentedTextWriter writer, FieldModel field, RangeModel range)
        {
            string local = Local(field) + "Range";
            string type, minimum, maximum;
            if (range.IsFloatingPoint || field.Value.Kind is FieldValueKind.Single or FieldValueKind.Double)
            {
                type = "double";
                minimum = range.IsFloatingPoint ? FormatDouble(range.MinimumFloat) : FormatDouble(range.MinimumInteger);
                maximum = range.IsFloatingPoint ? FormatDouble(range.MaximumFloat) : FormatDouble(range.MaximumInteger);
            }
            else if (field.Value.Kind == FieldValueKind.UInt64)
            {
                type = "decimal";
                minimum = range.MinimumInteger.ToString(System.Globalization.CultureInfo.InvariantCulture) + "m";
                maximum = range.MaximumInteger.ToString(System.Globalization.CultureInfo.InvariantCulture) + "m";
            }
            else
            {
                type = "long";
                minimum = FormatLong(range.MinimumInteger);
                maximum = FormatLong(range.MaximumInteger);
            }

            string failed = "!(" + local + " >= " + minimum + " && " + local + " <= " + maximum + ")";
            string member = Member(field);
            switch (field.Shape)
            {
                case FieldShape.Nullable:
                    writer.WriteLine("if (" + member + ".HasValue)");
                    writer.OpenBlock();
                    writer.WriteLine(type + " " + local + " = " + member + ".GetValueOrDefault();");
                    EmitFailure(writer, failed, field, "Range");
                    writer.CloseBlock();
                    writer.WriteLine();
                    return;

                case FieldShape.List:
                case FieldShape.Array:
                    string items = Local(field) + "Items";
                    writer.WriteLine("var " + items + " = " + member + ";");
                    writer.WriteLine("if (" + items + " is not null)");
                    writer.OpenBlock();
                    writer.WriteLine("for (int i = 0; i < " + items + (field.Shape == FieldShape.Array ? ".Length" : ".Count") + "; i++)");
                    writer.OpenBlock();
                    writer.WriteLine(type + " " + local + " = " + items + "[i];");
                    EmitFailure(writer, failed, field, "Range");
                    writer.CloseBlock();
                    writer.CloseBlock();
                    writer.WriteLine();
                    return;

                default:
                    writer.WriteLine(type + " " + local + " = " + member + ";");
                    EmitFailure(writer, failed, field, "Range");
                    writer.WriteLine();
                    return;
            }
        }

        private static void EmitFailure(IndentedTextWriter writer, string condition, FieldModel field, string rule)
        {
            writer.WriteLine("if (" + condition + ")");
            writer.OpenBlock();
            writer.WriteLine("return " + ValidationResult + ".Fail(nameof(" + field.Identifier + "), \"" + rule + "\");");
            writer.CloseBlock();
        }

        private static bool IsNumeric(FieldValueKind kind) =>
            kind is not (FieldValueKind.Bool or FieldValueKind.Enum or FieldValueKind.String
                or FieldValueKind.ByteArray or FieldValueKind.ByteMemory or FieldValueKind.Message);

        /// <summary>A double as a C# literal that reads back to the same value.</summary>
        private static string FormatDouble(double value)
        {
            if (double.IsPositiveInfinity(value))
            {
                return "double.PositiveInfinity";
            }

            if (double.IsNegativeInfinity(value))
            {
                return "double.NegativeInfinity";
            }

            return double.IsNaN(value) ? "double.NaN" : value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "D";
        }

        private static string FormatLong(long value) =>
            value == long.MinValue ? "long.MinValue" : value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "L";
    }
}
