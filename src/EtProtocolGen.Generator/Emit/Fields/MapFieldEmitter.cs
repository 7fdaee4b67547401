using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Generator.Emit.Fields
{
    /// <summary>
    /// A <c>Dictionary&lt;K, V&gt;</c>: protobuf <c>map&lt;K, V&gt;</c>, one embedded entry per pair with the key as field 1 and
    /// the value as field 2. The field's [MaxLength] counts entries; a string or bytes key or value is bounded by the assembly's
    /// default for its kind.
    /// </summary>
    internal sealed class MapFieldEmitter : FieldEmitter
    {
        public MapFieldEmitter(FieldModel field, LimitsModel limits)
            : base(field, limits)
        {
        }

        private ValueModel Key => Field.Key!;

        private LengthBound CountBound => LengthBound.OfCount(Field, Limits);

        public override void EmitSize(IndentedTextWriter writer)
        {
            writer.WriteLine("var " + Local + " = " + Member + ";");
            writer.WriteLine("if (" + Local + " is not null)");
            writer.OpenBlock();
            EmitCountCheck(writer);
            writer.WriteLine("foreach (var entry in " + Local + ")");
            writer.OpenBlock();
            EmitEntryChecks(writer);
            // The entry's payload: key (field 1) and value (field 2), one-byte tags each.
            writer.WriteLine("int entrySize = 2 + " + ValueCodec.SizeOfKey(Key, "entry.Key") + " + " + ValueCodec.SizeOfElement(Value, "entry.Value") + ";");
            writer.WriteLine("size += " + ValueCodec.Number(TagSize) + " + " + ProtoSize + ".LengthDelimited(entrySize);");
            writer.CloseBlock();
            writer.CloseBlock();
        }

        /// <summary>The most bytes an entry's payload (key and value with their tags) takes, when that is a constant.</summary>
        private long? EntryBound => SizeBounds.Element(Key) is long key && SizeBounds.Element(Value) is long value ? 2 + key + value : null;

        public override void EmitSizeBound(IndentedTextWriter writer)
        {
            writer.WriteLine("var " + Local + " = " + Member + ";");
            writer.WriteLine("if (" + Local + " is not null)");
            writer.OpenBlock();
            EmitCountCheck(writer);

            // Per entry: its tag, its length prefix and the one-byte tags of key (1) and value (2).
            int entryOverhead = TagSize + MaxLengthPrefixSize + 2;
            if (EntryBound is long payload)
            {
                // Every entry takes at most the same bytes (numbers, or messages of fixed-size fields): no loop over them.
                writer.WriteLine("size += (long)" + Local + ".Count * " + (TagSize + SizeBounds.Varint((ulong)payload) + payload) + ";");
            }
            else
            {
                writer.WriteLine("foreach (var entry in " + Local + ")");
                writer.OpenBlock();
                EmitEntryChecks(writer);
                writer.WriteLine("size += " + entryOverhead + " + " + KeyBound() + " + " + ValueBound(Value, "entry.Value") + ";");
                writer.CloseBlock();
            }

            writer.CloseBlock();
        }

        private void EmitCountCheck(IndentedTextWriter writer)
        {
            if (CountBound.IsSet)
            {
                EmitEncodeCheck(writer, CountBound, Local + ".Count", "Entry count");
                writer.WriteLine();
            }
        }

        /// <summary>A string or bytes key or value against the assembly's default for its kind, as the decoder reads it.</summary>
        private void EmitEntryChecks(IndentedTextWriter writer)
        {
            if (HasLength(Key))
            {
                // A key is a string (never null: dictionaries refuse null keys) or a scalar.
                EmitEncodeCheck(writer, LengthBound.OfValue(Field, Key, Limits, fieldOwnsMaxLength: false), "entry.Key.Length", "Key length");
            }

            if (HasLength(Value))
            {
                EmitEncodeCheck(writer, LengthBound.OfValue(Field, Value, Limits, fieldOwnsMaxLength: false), NullSafeLength(Value, "entry.Value"), "Value length");
            }
        }

        /// <summary>The bound of a key: a string key is never null (dictionaries refuse null keys).</summary>
        private string KeyBound() =>
            Key.Kind == FieldValueKind.String ? MaxLengthPrefixSize + " + 3L * entry.Key.Length" : ValueBound(Key, "entry.Key");

        public override void EmitWrite(IndentedTextWriter writer)
        {
            EmitWriteComment(writer);
            writer.WriteLine("var " + Local + " = " + Member + ";");
            writer.WriteLine("if (" + Local + " is not null)");
            writer.OpenBlock();
            writer.WriteLine("foreach (var entry in " + Local + ")");
            writer.OpenBlock();
            WireTag.EmitWrite(writer, Writer, WireTag.Make(Field.Number, RuntimeContract.WireType.LengthDelimited));
            if (ValueCodec.WireType(Key) == RuntimeContract.WireType.Varint && ValueCodec.WireType(Value) == RuntimeContract.WireType.Varint)
            {
                writer.WriteLine("// Key (1) and value (2), both varints: the entry's one-byte length, then each tag and varint.");
                writer.WriteLine(Writer + ".WriteVarintMapEntry(" + ValueCodec.VarintOf(Key, "entry.Key") + ", " + ValueCodec.VarintOf(Value, "entry.Value") + ");");
                writer.CloseBlock();
                writer.CloseBlock();
                return;
            }

            writer.WriteLine("int entryLengthAt = " + Writer + ".BeginLengthDelimited();");
            WireTag.EmitWrite(writer, Writer, WireTag.Make(1, ValueCodec.WireType(Key)));
            writer.WriteLine(ValueCodec.WriteKey(Key, Writer, "entry.Key"));
            WireTag.EmitWrite(writer, Writer, WireTag.Make(2, ValueCodec.WireType(Value)));
            ValueCodec.WriteElement(writer, Value, Writer, "entry.Value", "item");
            ValueCodec.EndLengthDelimited(writer, Writer, "entryLengthAt", EntryBound);
            writer.CloseBlock();
            writer.CloseBlock();
        }

        public override void EmitReadDeclaration(IndentedTextWriter writer) =>
            writer.WriteLine(Field.TypeName + "? " + Local + " = null;");

        /// <summary>One map entry: an embedded message with the key as field 1 and the value as field 2.</summary>
        public override void EmitReadCases(IndentedTextWriter writer)
        {
            OpenCase(writer, WireTag.Make(Field.Number, RuntimeContract.WireType.LengthDelimited), unpacked: false, braced: true);
            EmitPrepareToAdd(writer, CountBound, "map", "entry is decoded");
            writer.WriteLine("var entry = " + Reader + ".ReadPacked();");
            writer.WriteLine(Key.TypeReference + " key = " + ValueCodec.DefaultOf(Key) + ";");
            bool classMessage = Value.Kind == FieldValueKind.Message && !Value.IsValueType;
            writer.WriteLine((classMessage ? Value.TypeReference + "?" : Value.TypeName) + " value = " + ValueCodec.DefaultOf(Value) + ";");
            writer.WriteLine("uint entryTag;");
            writer.WriteLine("while ((entryTag = entry.ReadTag()) != 0)");
            writer.OpenBlock();
            writer.WriteLine("switch (entryTag)");
            writer.OpenBlock();
            EmitEntryCase(writer, 1, "key", Key);
            EmitEntryCase(writer, 2, "value", Value);
            writer.WriteLine("default:");
            writer.Indent();
            writer.WriteLine("entry.SkipField(entryTag);");
            writer.WriteLine("break;");
            writer.Unindent();
            writer.CloseBlock();
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine(Reader + ".EndInner(in entry);");
            if (classMessage)
            {
                writer.WriteLine();
                writer.WriteLine("if (value is null)");
                writer.OpenBlock();
                writer.WriteLine("// An entry without a value holds an empty message, as in protobuf.");
                writer.WriteLine("var empty = new global::EtProtocolGen.Wire.ProtoReader(global::System.ReadOnlySpan<byte>.Empty);");
                writer.WriteLine("value = " + ValueCodec.ReadMessage(Value, "empty") + ";");
                writer.CloseBlock();
            }

            writer.WriteLine();
            writer.WriteLine(Local + "[key] = value;");
            CloseCase(writer, braced: true);
        }

        private void EmitEntryCase(IndentedTextWriter writer, int number, string target, ValueModel value)
        {
            LengthBound bound = LengthBound.OfValue(Field, value, Limits, fieldOwnsMaxLength: false);
            writer.WriteLine("case " + WireTag.Literal(WireTag.Make(number, ValueCodec.WireType(value))) + ":");
            writer.OpenBlock();
            string? comment = DecodeComment(value, bound);
            if (comment is not null)
            {
                writer.WriteLine(comment);
            }

            writer.WriteLine(target + " = " + ValueCodec.Read(writer, value, "entry", bound.Limit) + ";");
            writer.WriteLine("break;");
            writer.CloseBlock();
        }

        public override void EmitReadAssignment(IndentedTextWriter writer)
        {
            writer.WriteLine();
            writer.WriteLine("if (" + Local + " is not null)");
            writer.OpenBlock();
            writer.WriteLine("message." + Field.Identifier + " = " + Local + ";");
            writer.CloseBlock();
        }

        protected override (string Condition, string Meaning) Absence() =>
            (Member + " is null || " + Member + ".Count == 0", "at least one entry");

        protected override void EmitMinLength(IndentedTextWriter writer, ValidationModel rule) =>
            EmitMinLength(writer, rule, "(" + Member + " is null ? 0 : " + Member + ".Count)", "entry", "entries");

        public override string Format() =>
            Member + " is null ? \"null\" : \"[\" + " + Member + ".Count.ToString(" + Invariant + ") + \" items]\"";

        protected override string DescribeWireType(bool unpacked) =>
            "map<" + ValueCodec.ProtoTypeName(Key) + ", " + ValueCodec.ProtoTypeName(Value) + ">";
    }
}
