using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Generator.Emit.Fields
{
    /// <summary>A <c>T?</c> of a number, bool or enum: proto3 <c>optional</c>, written whenever it has a value, 0 included.</summary>
    internal sealed class OptionalFieldEmitter : FieldEmitter
    {
        public OptionalFieldEmitter(FieldModel field, LimitsModel limits)
            : base(field, limits)
        {
        }

        public override void EmitSize(IndentedTextWriter writer)
        {
            writer.WriteLine("var " + Local + " = " + Member + ";");
            writer.WriteLine("if (" + Local + ".HasValue)");
            writer.OpenBlock();
            writer.WriteLine("size += " + SizeWithTag(Local + ".GetValueOrDefault()") + ";");
            writer.CloseBlock();
        }

        public override long? ConstantBound => SizeBounds.Field(Field);

        /// <summary>Never called: the bound is <see cref="ConstantBound"/>.</summary>
        public override void EmitSizeBound(IndentedTextWriter writer)
        {
        }

        public override void EmitWrite(IndentedTextWriter writer)
        {
            EmitWriteComment(writer);
            writer.WriteLine("var " + Local + " = " + Member + ";");
            writer.WriteLine("if (" + Local + ".HasValue)");
            writer.OpenBlock();
            WireTag.EmitWrite(writer, Writer, WireTag.Make(Field.Number, ValueCodec.WireType(Value)));
            writer.WriteLine(ValueCodec.WriteScalar(Value, Writer, Local + ".GetValueOrDefault()") + ";");
            writer.CloseBlock();
        }

        public override void EmitReadCases(IndentedTextWriter writer) =>
            EmitValueCase(
                writer,
                WireTag.Make(Field.Number, ValueCodec.WireType(Value)),
                unpacked: false,
                LengthBound.OfValue(Field, Value, Limits, fieldOwnsMaxLength: true),
                "message." + Field.Identifier + " = ",
                ";");

        protected override (string Condition, string Meaning) Absence() => ("!" + Member + ".HasValue", "set");

        protected override void EmitRange(IndentedTextWriter writer, ValidationModel rule)
        {
            writer.WriteLine(RangeComment(rule, "when set, within both bounds"));
            writer.WriteLine("if (" + Member + ".HasValue)");
            writer.OpenBlock();
            EmitRangeCheck(writer, rule, Member + ".GetValueOrDefault()");
            writer.CloseBlock();
        }

        public override string Format() =>
            Member + ".HasValue ? (" + ValueCodec.Format(Value, Member + ".GetValueOrDefault()") + ") : \"null\"";

        protected override string DescribeWireType(bool unpacked) => "optional " + ValueCodec.ProtoTypeName(Value);
    }
}
