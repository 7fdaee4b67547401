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
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("public " + ValidationResult + " Validate()");
            writer.OpenBlock();
            foreach (FieldModel field in message.Fields)
            {
                foreach (ValidationModel rule in field.Validation)
                {
                    switch (rule.Rule)
                    {
                        case ValidationRule.Required:
                            EmitRequired(writer, field, rule);
                            break;
                        case ValidationRule.MinLength:
                            EmitMinLength(writer, field, rule);
                            break;
                        case ValidationRule.Range:
                            EmitRange(writer, field, rule);
                            break;
                    }

                    writer.WriteLine();
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

        /// <summary>[Required]: the field is present on the wire, the exact negation of what <c>WriteFields</c> skips.</summary>
        private static void EmitRequired(IndentedTextWriter writer, FieldModel field, ValidationModel rule)
        {
            string member = Member(field);
            (string absent, string meaning) = field.Shape switch
            {
                FieldShape.Nullable => ("!" + member + ".HasValue", "set"),
                FieldShape.List => (member + " is null || " + member + ".Count == 0", "at least one element"),
                FieldShape.Map => (member + " is null || " + member + ".Count == 0", "at least one entry"),
                FieldShape.Array => (member + " is null || " + member + ".Length == 0", "at least one element"),
                _ => field.Value.Kind switch
                {
                    FieldValueKind.String or FieldValueKind.ByteArray => (member + " is null || " + member + ".Length == 0", "not null or empty"),
                    FieldValueKind.ByteMemory => (member + ".IsEmpty", "not empty"),
                    FieldValueKind.Message when field.Value.IsValueType => (member + ".CalculateSize() == 0", "not empty (an empty message is not sent)"),
                    FieldValueKind.Message => (member + " is null", "not null"),
                    FieldValueKind.Bool => ("!" + member, "true (proto3 does not send false)"),
                    FieldValueKind.Single => (member + " == 0F", "not 0 (proto3 does not send 0)"),
                    FieldValueKind.Double => (member + " == 0D", "not 0 (proto3 does not send 0)"),
                    _ => (member + " == 0", "not 0 (proto3 does not send 0)"),
                },
            };
            writer.WriteLine("// " + rule.Attribute + " " + field.Name + ": " + meaning + ".");
            EmitFailure(writer, absent, field, rule);
        }

        private static void EmitMinLength(IndentedTextWriter writer, FieldModel field, ValidationModel rule)
        {
            string member = Member(field);
            string length = ValueCodec.Number(rule.Length);
            (string failed, string unit) = field.Shape switch
            {
                FieldShape.List or FieldShape.Map => ("(" + member + " is null ? 0 : " + member + ".Count) < " + length, "elements"),
                FieldShape.Array => ("(" + member + " is null ? 0 : " + member + ".Length) < " + length, "elements"),
                _ => field.Value.Kind == FieldValueKind.ByteMemory
                    ? (member + ".Length < " + length, "bytes")
                    : ("(" + member + " is null ? 0 : " + member + ".Length) < " + length, field.Value.Kind == FieldValueKind.String ? "characters" : "bytes"),
            };
            writer.WriteLine("// " + rule.Attribute + " " + field.Name + ": at least " + length + " " + (rule.Length == 1 ? unit.TrimEnd('s') : unit) + ".");
            EmitFailure(writer, failed, field, rule);
        }

        /// <summary>
        /// Compares through a local of a type wide enough for both the field and the bounds (long, decimal for ulong,
        /// double for floating-point bounds), so no bound is ever a constant outside the field's type; NaN fails.
        /// </summary>
        private static void EmitRange(IndentedTextWriter writer, FieldModel field, ValidationModel rule)
        {
            RangeModel range = rule.Range!;
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
            string nan = type == "double" ? "; NaN fails." : ".";
            switch (field.Shape)
            {
                case FieldShape.Nullable:
                    writer.WriteLine("// " + rule.Attribute + " " + field.Name + ": when set, within both bounds" + nan);
                    writer.WriteLine("if (" + member + ".HasValue)");
                    writer.OpenBlock();
                    writer.WriteLine(type + " " + local + " = " + member + ".GetValueOrDefault();");
                    EmitFailure(writer, failed, field, rule);
                    writer.CloseBlock();
                    return;

                case FieldShape.List:
                case FieldShape.Array:
                    string items = Local(field) + "Items";
                    writer.WriteLine("// " + rule.Attribute + " " + field.Name + ": every element within both bounds" + nan);
                    writer.WriteLine("var " + items + " = " + member + ";");
                    writer.WriteLine("if (" + items + " is not null)");
                    writer.OpenBlock();
                    writer.WriteLine("for (int i = 0; i < " + items + (field.Shape == FieldShape.Array ? ".Length" : ".Count") + "; i++)");
                    writer.OpenBlock();
                    writer.WriteLine(type + " " + local + " = " + items + "[i];");
                    EmitFailure(writer, failed, field, rule);
                    writer.CloseBlock();
                    writer.CloseBlock();
                    return;

                default:
                    writer.WriteLine("// " + rule.Attribute + " " + field.Name + ": within both bounds" + nan);
                    writer.WriteLine(type + " " + local + " = " + member + ";");
                    EmitFailure(writer, failed, field, rule);
                    return;
            }
        }

        private static void EmitFailure(IndentedTextWriter writer, string condition, FieldModel field, ValidationModel rule)
        {
            writer.WriteLine("if (" + condition + ")");
            writer.OpenBlock();
            writer.WriteLine("return " + ValidationResult + ".Fail(nameof(" + field.Identifier + "), \"" + ValidationRules.Name(rule.Rule) + "\");");
            writer.CloseBlock();
        }

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
