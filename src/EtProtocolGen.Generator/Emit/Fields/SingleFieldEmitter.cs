using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Generator.Emit.Fields
{
    /// <summary>
    /// A field that holds one value with proto3 implicit presence: a number, bool or enum (not written at its default), a string or
    /// bytes (not written when null or empty), a class message (not written when null) or a struct message (not written when empty).
    /// </summary>
    internal sealed class SingleFieldEmitter : FieldEmitter
    {
        public SingleFieldEmitter(FieldModel field, LimitsModel limits)
            : base(field, limits)
        {
        }

        /// <summary>A string or bytes value is bounded by the field's own [MaxLength].</summary>
        private LengthBound Bound => LengthBound.OfValue(Field, Value, Limits, fieldOwnsMaxLength: true);

        private bool IsStructMessage => Value.Kind == FieldValueKind.Message && Value.IsValueType;

        public override void EmitSize(IndentedTextWriter writer)
        {
            if (IsStructMessage)
            {
                writer.WriteLine("int " + Local + "Size = " + ValueCodec.AsMessage(Value, Member) + ".CalculateSize();");
                writer.WriteLine("if (" + Local + "Size != 0)");
                writer.OpenBlock();
                writer.WriteLine("size += " + ValueCodec.Number(TagSize) + " + " + ProtoSize + ".LengthDelimited(" + Local + "Size);");
                writer.CloseBlock();
                return;
            }

            writer.WriteLine("var " + Local + " = " + Member + ";");
            writer.WriteLine("if (" + Presence(Local) + ")");
            writer.OpenBlock();
            if (HasLength(Value))
            {
                EmitEncodeCheck(writer, Bound, Local + ".Length", "Length");
            }

            writer.WriteLine("size += " + SizeWithTag(Local) + ";");
            writer.CloseBlock();
        }

        /// <summary>A number, bool or enum, or a message whose fields all have a constant bound (<see cref="SizeBounds"/>).</summary>
        public override long? ConstantBound => SizeBounds.Field(Field);

        public override void EmitSizeBound(IndentedTextWriter writer)
        {
            writer.WriteLine("var " + Local + " = " + Member + ";");
            if (HasLength(Value))
            {
                EmitEncodeCheck(writer, Bound, NullSafeLength(Value, Local), "Length");
            }

            writer.WriteLine("size += " + TagSize + " + " + ValueBound(Value, Local) + ";");
        }

        public override void EmitWrite(IndentedTextWriter writer)
        {
            EmitWriteComment(writer);
            uint tag = WireTag.Make(Field.Number, ValueCodec.WireType(Value));
            writer.WriteLine("var " + Local + " = " + (IsStructMessage ? ValueCodec.AsMessage(Value, Member) : Member) + ";");
            if (IsStructMessage)
            {
                writer.WriteLine("int " + Local + "Size = " + Local + ".CalculateSize();");
                writer.WriteLine("if (" + Local + "Size != 0)");
                writer.OpenBlock();
                WireTag.EmitWrite(writer, Writer, tag);
                writer.WriteLine(Writer + ".WriteLength(" + Local + "Size);");
                ValueCodec.WriteNestedFields(writer, Local);
                writer.CloseBlock();
                return;
            }

            writer.WriteLine("if (" + Presence(Local) + ")");
            writer.OpenBlock();
            WireTag.EmitWrite(writer, Writer, tag);
            switch (Value.Kind)
            {
                case FieldValueKind.String:
                    writer.WriteLine(Writer + ".WriteString(" + Local + ");");
                    break;
                case FieldValueKind.ByteArray:
                    writer.WriteLine(Writer + ".WriteBytes(" + Local + ");");
                    break;
                case FieldValueKind.ByteMemory:
                    writer.WriteLine(Writer + ".WriteBytes(" + Local + ".Span);");
                    break;
                case FieldValueKind.Message:
                    ValueCodec.WriteEmbedded(writer, Value, Writer, Local);
                    break;
                default:
                    writer.WriteLine(ValueCodec.WriteScalar(Value, Writer, Local) + ";");
                    break;
            }

            writer.CloseBlock();
        }

        public override void EmitReadCases(IndentedTextWriter writer) =>
            EmitValueCase(writer, WireTag.Make(Field.Number, ValueCodec.WireType(Value)), unpacked: false, Bound, "message." + Field.Identifier + " = ", ";");

        /// <summary>
        /// The proto3 implicit-presence test of the value held in <paramref name="local"/>: defaults, null or empty strings
        /// and bytes, and null messages are not written. (Struct messages: written when their size is not 0.)
        /// </summary>
        private string Presence(string local) => Value.Kind switch
        {
            FieldValueKind.Bool => local,
            FieldValueKind.Single => local + " != 0F",
            FieldValueKind.Double => local + " != 0D",
            FieldValueKind.String or FieldValueKind.ByteArray => local + " is not null && " + local + ".Length != 0",
            FieldValueKind.ByteMemory => "!" + local + ".IsEmpty",
            FieldValueKind.Message => local + " is not null",
            _ => local + " != 0",
        };

        protected override (string Condition, string Meaning) Absence() => Value.Kind switch
        {
            FieldValueKind.String or FieldValueKind.ByteArray => (Member + " is null || " + Member + ".Length == 0", "not null or empty"),
            FieldValueKind.ByteMemory => (Member + ".IsEmpty", "not empty"),
            FieldValueKind.Message when Value.IsValueType => (ValueCodec.AsMessage(Value, Member) + ".CalculateSize() == 0", "not empty (an empty message is not sent)"),
            FieldValueKind.Message => (Member + " is null", "not null"),
            FieldValueKind.Bool => ("!" + Member, "true (proto3 does not send false)"),
            FieldValueKind.Single => (Member + " == 0F", "not 0 (proto3 does not send 0)"),
            FieldValueKind.Double => (Member + " == 0D", "not 0 (proto3 does not send 0)"),
            _ => (Member + " == 0", "not 0 (proto3 does not send 0)"),
        };

        protected override void EmitMinLength(IndentedTextWriter writer, ValidationModel rule)
        {
            if (Value.Kind == FieldValueKind.ByteMemory)
            {
                EmitMinLength(writer, rule, Member + ".Length", "byte", "bytes");
                return;
            }

            bool isString = Value.Kind == FieldValueKind.String;
            EmitMinLength(writer, rule, "(" + Member + " is null ? 0 : " + Member + ".Length)", isString ? "character" : "byte", isString ? "characters" : "bytes");
        }

        protected override void EmitRange(IndentedTextWriter writer, ValidationModel rule)
        {
            writer.WriteLine(RangeComment(rule, "within both bounds"));
            EmitRangeCheck(writer, rule, Member);
        }

        public override string Format() => ValueCodec.Format(Value, Member);

        protected override string DescribeWireType(bool unpacked) => ValueCodec.ProtoTypeName(Value);
    }
}
