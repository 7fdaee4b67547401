using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Generator.Emit.Fields
{
    /// <summary>
    /// A <c>List&lt;T&gt;</c> or <c>T[]</c>: protobuf <c>repeated</c>. Numbers, bools and enums are written packed (one
    /// length-delimited run) and read packed or unpacked; strings, bytes and messages one tagged element each. The field's
    /// [MaxLength] counts elements; a string or bytes element is bounded by the assembly's default for its kind.
    /// </summary>
    internal sealed class RepeatedFieldEmitter : FieldEmitter
    {
        public RepeatedFieldEmitter(FieldModel field, LimitsModel limits)
            : base(field, limits)
        {
        }

        private LengthBound CountBound => LengthBound.OfCount(Field, Limits);

        private LengthBound ElementBound => LengthBound.OfValue(Field, Value, Limits, fieldOwnsMaxLength: false);

        private bool IsArray => Field.Shape == FieldShape.Array;

        private string Count(string collection) => collection + (IsArray ? ".Length" : ".Count");

        /// <summary>The type decoded elements accumulate in: the field's own list, or a list for an array.</summary>
        private string AccumulatorType => IsArray ? "global::System.Collections.Generic.List<" + Value.TypeName + ">" : Field.TypeName;

        public override void EmitSize(IndentedTextWriter writer)
        {
            string count = Count(Local);
            string tagSize = ValueCodec.Number(TagSize);
            writer.WriteLine("var " + Local + " = " + Member + ";");
            writer.WriteLine("if (" + Local + " is not null && " + count + " != 0)");
            writer.OpenBlock();
            EmitCountCheck(writer, count);
            if (Field.IsPacked)
            {
                EmitPackedLength(writer);
                writer.WriteLine("size += " + tagSize + " + " + ProtoSize + ".LengthDelimited(" + Local + "Length);");
            }
            else
            {
                // One tag per element.
                writer.WriteLine("size += " + (tagSize == "1" ? count : count + " * " + tagSize) + ";");
                writer.WriteLine("for (int i = 0; i < " + count + "; i++)");
                writer.OpenBlock();
                EmitElementCheck(writer);
                writer.WriteLine("size += " + ValueCodec.SizeOfElement(Value, Local + "[i]") + ";");
                writer.CloseBlock();
            }

            writer.CloseBlock();
        }

        public override void EmitSizeBound(IndentedTextWriter writer)
        {
            string count = Count(Local);
            writer.WriteLine("var " + Local + " = " + Member + ";");
            writer.WriteLine("if (" + Local + " is not null)");
            writer.OpenBlock();
            EmitCountCheck(writer, count);
            if (Field.IsPacked)
            {
                writer.WriteLine("size += " + (TagSize + MaxLengthPrefixSize) + " + (long)" + count + " * " + SizeBounds.Scalar(Value) + ";");
            }
            else if (SizeBounds.Element(Value) is long element)
            {
                // Every element (a message of fixed-size fields) takes at most the same bytes: no loop over them.
                writer.WriteLine("size += (long)" + count + " * " + (TagSize + element) + ";");
            }
            else
            {
                writer.WriteLine("for (int i = 0; i < " + count + "; i++)");
                writer.OpenBlock();
                EmitElementCheck(writer);
                writer.WriteLine("size += " + TagSize + " + " + ValueBound(Value, Local + "[i]") + ";");
                writer.CloseBlock();
            }

            writer.CloseBlock();
        }

        /// <summary>The element count against the field's bound, first thing in both size passes.</summary>
        private void EmitCountCheck(IndentedTextWriter writer, string count)
        {
            if (CountBound.IsSet)
            {
                EmitEncodeCheck(writer, CountBound, count, "Element count");
                writer.WriteLine();
            }
        }

        /// <summary>Each string or bytes element against the assembly's default for its kind.</summary>
        private void EmitElementCheck(IndentedTextWriter writer)
        {
            if (HasLength(Value))
            {
                EmitEncodeCheck(writer, ElementBound, NullSafeLength(Value, Local + "[i]"), "Each element's length");
            }
        }

        /// <summary>Declares <c>fieldNLength</c>: the byte length of a packed field's payload.</summary>
        private void EmitPackedLength(IndentedTextWriter writer)
        {
            string count = Count(Local);
            int width = ValueCodec.ConstantSize(Value);
            if (width != 0)
            {
                writer.WriteLine("int " + Local + "Length = " + (width == 1 ? count : count + " * " + ValueCodec.Number(width)) + ";");
                return;
            }

            writer.WriteLine("int " + Local + "Length = 0;");
            writer.WriteLine("for (int i = 0; i < " + count + "; i++)");
            writer.OpenBlock();
            writer.WriteLine(Local + "Length += " + ValueCodec.SizeOfScalar(Value, Local + "[i]") + ";");
            writer.CloseBlock();
            writer.WriteLine();
        }

        public override void EmitWrite(IndentedTextWriter writer)
        {
            EmitWriteComment(writer);
            string count = Count(Local);
            writer.WriteLine("var " + Local + " = " + Member + ";");
            writer.WriteLine("if (" + Local + " is not null && " + count + " != 0)");
            writer.OpenBlock();
            if (Field.IsPacked)
            {
                EmitPackedLength(writer);
                WireTag.EmitWrite(writer, Writer, WireTag.Make(Field.Number, RuntimeContract.WireType.LengthDelimited));
                writer.WriteLine(Writer + ".WriteLength(" + Local + "Length);");
                writer.WriteLine("for (int i = 0; i < " + count + "; i++)");
                writer.OpenBlock();
                writer.WriteLine(ValueCodec.WriteScalar(Value, Writer, Local + "[i]") + ";");
                writer.CloseBlock();
            }
            else
            {
                writer.WriteLine("for (int i = 0; i < " + count + "; i++)");
                writer.OpenBlock();
                WireTag.EmitWrite(writer, Writer, WireTag.Make(Field.Number, ValueCodec.WireType(Value)));
                ValueCodec.WriteElement(writer, Value, Writer, Local + "[i]", "item");
                writer.CloseBlock();
            }

            writer.CloseBlock();
        }

        public override void EmitReadDeclaration(IndentedTextWriter writer) =>
            writer.WriteLine(AccumulatorType + "? " + Local + " = null;");

        public override void EmitReadCases(IndentedTextWriter writer)
        {
            if (Field.IsPacked)
            {
                EmitPackedCase(writer);
            }

            EmitElementCase(writer);
        }

        /// <summary>A repeated scalar sent packed (one length-delimited run): the form we write.</summary>
        private void EmitPackedCase(IndentedTextWriter writer)
        {
            LengthBound bound = CountBound;
            int width = ValueCodec.WireType(Value) == RuntimeContract.WireType.Varint ? 0 : ValueCodec.ConstantSize(Value);
            OpenCase(writer, WireTag.Make(Field.Number, RuntimeContract.WireType.LengthDelimited), unpacked: false, braced: true);
            writer.WriteLine("var packed = " + Reader + ".ReadPacked();");
            writer.WriteLine(width == 0
                ? "int count = packed.CountRemainingVarints();"
                : "int count = packed.CountRemainingFixed(" + ValueCodec.Number(width) + ");");
            writer.WriteLine(bound.IsSet
                ? "// Element count checked against " + bound.Source + " before the list grows."
                : "// The element count is bounded by the bytes of this field, already checked against the message.");
            writer.WriteLine("if (!" + Reader + ".PrepareToAddRange(ref " + Local + ", count, " + ValueCodec.Number(bound.Limit) + ")) break;");
            writer.WriteLine("while (!packed.IsAtEnd)");
            writer.OpenBlock();
            string expression = ValueCodec.Read(writer, Value, "packed", 0);
            writer.WriteLine(Local + ".Add(" + expression + ");");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine(Reader + ".EndInner(in packed);");
            CloseCase(writer, braced: true);
        }

        /// <summary>One element of a repeated field (any unpacked scalar, string, bytes or message).</summary>
        private void EmitElementCase(IndentedTextWriter writer)
        {
            LengthBound bound = CountBound;
            OpenCase(writer, WireTag.Make(Field.Number, ValueCodec.WireType(Value)), unpacked: Field.IsPacked, braced: true);
            EmitPrepareToAdd(writer, bound, "list", "element is added");

            LengthBound elementBound = ElementBound;
            string? comment = DecodeComment(Value, elementBound);
            if (comment is not null)
            {
                writer.WriteLine(comment);
            }

            string expression = ValueCodec.Read(writer, Value, Reader, elementBound.Limit);
            writer.WriteLine(Local + ".Add(" + expression + ");");
            CloseCase(writer, braced: true);
        }

        public override void EmitReadAssignment(IndentedTextWriter writer)
        {
            writer.WriteLine();
            writer.WriteLine("if (" + Local + " is not null)");
            writer.OpenBlock();
            writer.WriteLine("message." + Field.Identifier + " = " + Local + (IsArray ? ".ToArray();" : ";"));
            writer.CloseBlock();
        }

        protected override (string Condition, string Meaning) Absence() =>
            (Member + " is null || " + Count(Member) + " == 0", "at least one element");

        protected override void EmitMinLength(IndentedTextWriter writer, ValidationModel rule) =>
            EmitMinLength(writer, rule, "(" + Member + " is null ? 0 : " + Count(Member) + ")", "element", "elements");

        protected override void EmitRange(IndentedTextWriter writer, ValidationModel rule)
        {
            string items = Local + "Items";
            writer.WriteLine(RangeComment(rule, "every element within both bounds"));
            writer.WriteLine("var " + items + " = " + Member + ";");
            writer.WriteLine("if (" + items + " is not null)");
            writer.OpenBlock();
            writer.WriteLine("for (int i = 0; i < " + Count(items) + "; i++)");
            writer.OpenBlock();
            EmitRangeCheck(writer, rule, items + "[i]");
            writer.CloseBlock();
            writer.CloseBlock();
        }

        public override string Format() =>
            Member + " is null ? \"null\" : \"[\" + " + Count(Member) + ".ToString(" + Invariant + ") + \" items]\"";

        protected override string DescribeWireType(bool unpacked) =>
            "repeated " + ValueCodec.ProtoTypeName(Value) + (unpacked ? ", unpacked" : Field.IsPacked ? ", packed" : "");
    }
}
