using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Generator.Emit.Fields
{
    /// <summary>
    /// Everything the generated members do with one field, in one home per field shape: its exact size and its size bound
    /// (each with the encode-side limit checks), its write, its read cases, its validation and its printing, all through the
    /// one <see cref="IndentedTextWriter"/>. What differs per value kind (int32, string, message...) is <see cref="ValueCodec"/>'s.
    /// A new shape is one new subclass; a fast path for one shape changes one class.
    /// </summary>
    internal abstract class FieldEmitter
    {
        protected const string ProtoSize = ValueCodec.ProtoSize;
        protected const string Writer = ValueCodec.LocalWriter;
        protected const string Reader = ValueCodec.LocalReader;
        protected const string ValidationResult = "global::EtProtocolGen.ValidationResult";
        protected const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

        protected FieldEmitter(FieldModel field, LimitsModel limits)
        {
            Field = field;
            Limits = limits;
        }

        public FieldModel Field { get; }

        protected LimitsModel Limits { get; }

        protected ValueModel Value => Field.Value;

        /// <summary>The member as generated code reads it: <c>this.Name</c>.</summary>
        protected string Member => "this." + Field.Identifier;

        /// <summary>The local that holds the member (or, in ReadFrom, the collection being decoded): <c>field3</c>.</summary>
        protected string Local => "field" + ValueCodec.Number(Field.Number);

        protected int TagSize => WireTag.Size(Field.Number);

        public static FieldEmitter For(FieldModel field, LimitsModel limits) => field.Shape switch
        {
            FieldShape.Nullable => new OptionalFieldEmitter(field, limits),
            FieldShape.List or FieldShape.Array => new RepeatedFieldEmitter(field, limits),
            FieldShape.Map => new MapFieldEmitter(field, limits),
            _ => new SingleFieldEmitter(field, limits),
        };

        /// <summary><c>CalculateSize</c>: adds the field's exact encoded size to <c>size</c>, refusing a length or count over its limit.</summary>
        public abstract void EmitSize(IndentedTextWriter writer);

        /// <summary>The field's contribution to <c>CalculateSizeBound</c> when it does not depend on the value (added into one constant), else null.</summary>
        public virtual long? ConstantBound => null;

        /// <summary><c>CalculateSizeBound</c>: adds an upper bound of the field's size to <c>size</c>, with the same limit checks as <see cref="EmitSize"/>.</summary>
        public abstract void EmitSizeBound(IndentedTextWriter writer);

        /// <summary><c>WriteFields</c>: writes the field, tags included, if it is present.</summary>
        public abstract void EmitWrite(IndentedTextWriter writer);

        /// <summary><c>ReadFrom</c>, before the loop: the local a collection is decoded into.</summary>
        public virtual void EmitReadDeclaration(IndentedTextWriter writer)
        {
        }

        /// <summary><c>ReadFrom</c>: the <c>case</c> labels of the field's tags in the decoding loop.</summary>
        public abstract void EmitReadCases(IndentedTextWriter writer);

        /// <summary><c>ReadFrom</c>, after the loop: assigns a decoded collection to the member.</summary>
        public virtual void EmitReadAssignment(IndentedTextWriter writer)
        {
        }

        /// <summary><c>Validate</c>: one check per declared rule, each with a comment written from the same <see cref="ValidationModel"/>.</summary>
        public void EmitValidation(IndentedTextWriter writer)
        {
            foreach (ValidationModel rule in Field.Validation)
            {
                switch (rule.Rule)
                {
                    case ValidationRule.Required:
                        (string absent, string meaning) = Absence();
                        writer.WriteLine("// " + rule.Attribute + " " + Field.Name + ": " + meaning + ".");
                        EmitValidationFailure(writer, absent, rule);
                        break;
                    case ValidationRule.MinLength:
                        EmitMinLength(writer, rule);
                        break;
                    case ValidationRule.Range:
                        EmitRange(writer, rule);
                        break;
                }

                writer.WriteLine();
            }
        }

        /// <summary>
        /// [Required]: the condition under which the field is absent on the wire (exactly the values <see cref="EmitWrite"/>
        /// skips), and what present means, for the comment.
        /// </summary>
        protected abstract (string Condition, string Meaning) Absence();

        /// <summary>[MinLength]; called only for the shapes <see cref="ValidationRules.AppliesTo"/> allows (the parser skips a message with any other).</summary>
        protected virtual void EmitMinLength(IndentedTextWriter writer, ValidationModel rule)
        {
        }

        /// <summary>[Range]; called only for the shapes <see cref="ValidationRules.AppliesTo"/> allows (the parser skips a message with any other).</summary>
        protected virtual void EmitRange(IndentedTextWriter writer, ValidationModel rule)
        {
        }

        /// <summary><c>ToString</c> / <c>PrintMembers</c>: the text of the field's value (collections and bytes as their length).</summary>
        public abstract string Format();

        /// <summary>[MinLength] over a length that null counts as 0, counted in <paramref name="one"/> / <paramref name="many"/>.</summary>
        protected void EmitMinLength(IndentedTextWriter writer, ValidationModel rule, string length, string one, string many)
        {
            string minimum = ValueCodec.Number(rule.Length);
            writer.WriteLine("// " + rule.Attribute + " " + Field.Name + ": at least " + minimum + " " + (rule.Length == 1 ? one : many) + ".");
            EmitValidationFailure(writer, length + " < " + minimum, rule);
        }

        protected void EmitValidationFailure(IndentedTextWriter writer, string condition, ValidationModel rule)
        {
            writer.WriteLine("if (" + condition + ")");
            writer.OpenBlock();
            writer.WriteLine("return " + ValidationResult + ".Fail(nameof(" + Field.Identifier + "), \"" + ValidationRules.Name(rule.Rule) + "\");");
            writer.CloseBlock();
        }

        /// <summary>
        /// [Range] on one value, <paramref name="value"/>, copied into a local and compared through a
        /// type wide enough for the field and both bounds (long, decimal for ulong, double for floating point), so no bound is
        /// ever a constant outside the field's type; NaN fails.
        /// </summary>
        protected void EmitRangeCheck(IndentedTextWriter writer, ValidationModel rule, string value)
        {
            RangeModel range = rule.Range!;
            string local = Local + "Range";
            string type, minimum, maximum;
            if (range.IsFloatingPoint || Value.Kind is FieldValueKind.Single or FieldValueKind.Double)
            {
                type = "double";
                minimum = range.IsFloatingPoint ? FormatDouble(range.MinimumFloat) : FormatDouble(range.MinimumInteger);
                maximum = range.IsFloatingPoint ? FormatDouble(range.MaximumFloat) : FormatDouble(range.MaximumInteger);
            }
            else if (Value.Kind == FieldValueKind.UInt64)
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

            writer.WriteLine(type + " " + local + " = " + value + ";");
            EmitValidationFailure(writer, "!(" + local + " >= " + minimum + " && " + local + " <= " + maximum + ")", rule);
        }

        /// <summary>The comment of a [Range] check: what it accepts, and that NaN fails where a floating-point comparison is made.</summary>
        protected string RangeComment(ValidationModel rule, string accepts) =>
            "// " + rule.Attribute + " " + Field.Name + ": " + accepts
            + (rule.Range!.IsFloatingPoint || Value.Kind is FieldValueKind.Single or FieldValueKind.Double ? "; NaN fails." : ".");

        /// <summary>
        /// Encode side of a limit: refuses, while the message is sized, a length or count the decoder would refuse, so the
        /// message is never sent. Nothing when only the message size bounds it.
        /// </summary>
        protected void EmitEncodeCheck(IndentedTextWriter writer, LengthBound bound, string length, string what)
        {
            if (!bound.IsSet)
            {
                return;
            }

            writer.WriteLine("// " + what + " checked against " + bound.Source + ": the decoder refuses more, so it is never sent.");
            writer.WriteLine(ProtoSize + ".CheckLimit(" + length + ", " + ValueCodec.Number(bound.Limit) + ", " + ValueCodec.Number(Field.Number) + ");");
        }

        /// <summary>The length of a string or bytes value held in <paramref name="expression"/>, null counting as empty.</summary>
        protected static string NullSafeLength(ValueModel value, string expression) =>
            value.Kind == FieldValueKind.ByteMemory ? expression + ".Length" : expression + "?.Length ?? 0";

        /// <summary>True for the kinds whose length a <see cref="LengthBound"/> limits.</summary>
        protected static bool HasLength(ValueModel value) =>
            value.Kind is FieldValueKind.String or FieldValueKind.ByteArray or FieldValueKind.ByteMemory;

        /// <summary>The comment that says which checks the decoder makes before it reads a value, or null for none.</summary>
        protected static string? DecodeComment(ValueModel value, LengthBound bound)
        {
            switch (value.Kind)
            {
                case FieldValueKind.String:
                case FieldValueKind.ByteArray:
                case FieldValueKind.ByteMemory:
                    return "// Length checked against remaining bytes and " + bound.Source + " before allocation.";
                case FieldValueKind.Message:
                    return "// Length checked against remaining bytes, nesting depth checked before the nested message is decoded.";
                case FieldValueKind.SByte:
                case FieldValueKind.Byte:
                case FieldValueKind.Int16:
                case FieldValueKind.UInt16:
                case FieldValueKind.Enum when value.EnumUnderlying is not (FieldValueKind.Int32 or FieldValueKind.UInt32):
                    return "// A value that does not fit the field's type is refused, not truncated.";
                default:
                    return null;
            }
        }

        /// <summary>
        /// Writes a <c>case</c> label for <paramref name="tag"/> whose body reads one value and stores it (<paramref name="storeBefore"/>
        /// value <paramref name="storeAfter"/>: <c>message.X = </c> value <c>;</c>); braced when the read takes statements of its own.
        /// </summary>
        protected void EmitValueCase(IndentedTextWriter writer, uint tag, bool unpacked, LengthBound bound, string storeBefore, string storeAfter)
        {
            ValueModel value = Value;
            string? comment = DecodeComment(value, bound);
            bool braced = comment is not null || ValueCodec.ReadNeedsStatements(value);
            OpenCase(writer, tag, unpacked, braced);
            if (comment is not null)
            {
                writer.WriteLine(comment);
            }

            string read = ValueCodec.Read(writer, value, Reader, bound.Limit);
            writer.WriteLine(storeBefore + read + storeAfter);
            CloseCase(writer, braced);
        }

        /// <summary>
        /// Before each element or entry: the runtime creates the collection at the first, sized for every element of the field
        /// in this message (a scan of tags and lengths, capped by the limit), so decoding never regrows it; after that it refuses
        /// the one past the limit before it is decoded (the reader fails, the case breaks and the loop ends).
        /// </summary>
        protected void EmitPrepareToAdd(IndentedTextWriter writer, LengthBound bound, string what, string element)
        {
            writer.WriteLine(bound.IsSet
                ? "// Count checked against " + bound.Source + " before each " + element + "; the " + what + " is sized once, for the elements present."
                : "// Bounded by the message's bytes; the " + what + " is sized once, for the elements present.");
            writer.WriteLine("if (!" + Reader + ".PrepareToAdd(ref " + Local + ", tag, " + ValueCodec.Number(bound.Limit) + ")) break;");
        }

        protected void OpenCase(IndentedTextWriter writer, uint tag, bool unpacked, bool braced)
        {
            writer.WriteLine("case " + WireTag.Literal(tag) + ": // " + Field.Name + " = " + ValueCodec.Number(Field.Number) + " (" + DescribeWireType(unpacked) + ")");
            if (braced)
            {
                writer.OpenBlock();
            }
            else
            {
                writer.Indent();
            }
        }

        protected static void CloseCase(IndentedTextWriter writer, bool braced)
        {
            writer.WriteLine("break;");
            if (braced)
            {
                writer.CloseBlock();
            }
            else
            {
                writer.Unindent();
            }
        }

        /// <summary>The comment in front of the field's code in <c>WriteFields</c>: <c>// Name = 2 (string)</c>.</summary>
        protected void EmitWriteComment(IndentedTextWriter writer) =>
            writer.WriteLine("// " + Field.Name + " = " + ValueCodec.Number(Field.Number) + " (" + DescribeWireType(unpacked: false) + ")");

        /// <summary>The protobuf declaration of the field, for comments: <c>repeated sint32, packed</c>, <c>map&lt;string, message&gt;</c>.</summary>
        protected abstract string DescribeWireType(bool unpacked);

        /// <summary>
        /// Tag plus value size of a present single value (never null here): a constant for fixed-width values, else the
        /// runtime's size of the value.
        /// </summary>
        protected string SizeWithTag(string expression)
        {
            int constant = ValueCodec.ConstantSize(Value);
            if (constant != 0 && ValueCodec.WireType(Value) != RuntimeContract.WireType.LengthDelimited)
            {
                return ValueCodec.Number(TagSize + constant);
            }

            string valueSize = Value.Kind switch
            {
                FieldValueKind.String => ProtoSize + ".String(" + expression + ")",
                FieldValueKind.ByteArray or FieldValueKind.ByteMemory => ProtoSize + ".LengthDelimited(" + expression + ".Length)",
                FieldValueKind.Message => ProtoSize + ".LengthDelimited(" + ValueCodec.AsMessage(Value, expression) + ".CalculateSize())",
                _ => ValueCodec.SizeOfScalar(Value, expression),
            };
            return ValueCodec.Number(TagSize) + " + " + valueSize;
        }

        /// <summary>Bytes of the longest length prefix of a value that fits in a message.</summary>
        protected const int MaxLengthPrefixSize = SizeBounds.MaxLengthPrefixSize;

        /// <summary>
        /// The bound of one value without its tag, length prefix included; null strings, bytes and messages count as empty. A
        /// constant where <see cref="SizeBounds.Element(ValueModel)"/> knows one (scalars, messages of fixed-size fields).
        /// </summary>
        protected static string ValueBound(ValueModel value, string expression)
        {
            if (SizeBounds.Element(value) is long constant)
            {
                return constant.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return value.Kind switch
            {
                FieldValueKind.String => MaxLengthPrefixSize + " + 3L * (" + expression + "?.Length ?? 0)",
                FieldValueKind.ByteArray => MaxLengthPrefixSize + " + (long)(" + expression + "?.Length ?? 0)",
                FieldValueKind.ByteMemory => MaxLengthPrefixSize + " + (long)" + expression + ".Length",
                FieldValueKind.Message when value.IsValueType => MaxLengthPrefixSize + " + " + ValueCodec.AsMessage(value, expression) + ".CalculateSizeBound()",
                _ => MaxLengthPrefixSize + " + (" + expression + "?.CalculateSizeBound() ?? 0L)",
            };
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
