using System.Collections.Generic;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Generator.Emit
{
    internal static partial class MessageEmitter
    {
        private static void EmitReadFrom(IndentedTextWriter writer, MessageModel message, LimitsModel limits)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>Reads the fields of one message from <paramref name=\"reader\"/> up to its end. Used by Parse and by enclosing messages.</summary>");
            writer.WriteLine(NeverBrowsable);
            writer.WriteLine(GeneratedCode);
            writer.WriteLine("public static " + message.FullyQualifiedName + " ReadFrom(ref " + ProtoReader + " reader)");
            writer.OpenBlock();
            if (message.MaxDepth > 0)
            {
                writer.WriteLine("// [Message(MaxDepth = " + ValueCodec.Number(message.MaxDepth) + ")]: nesting below this message is bounded even when it is itself nested.");
                writer.WriteLine("reader.RestrictDepth(" + ValueCodec.Number(message.MaxDepth) + ");");
            }

            writer.WriteLine("var message = new " + message.FullyQualifiedName + "();");
            foreach (FieldModel field in message.Fields)
            {
                if (field.IsCollection)
                {
                    writer.WriteLine(CollectionLocalType(field) + "? " + Local(field) + " = null;");
                }
            }

            writer.WriteLine("uint tag;");
            writer.WriteLine("while ((tag = reader.ReadTag()) != 0)");
            writer.OpenBlock();
            writer.WriteLine("switch (tag)");
            writer.OpenBlock();
            foreach (FieldModel field in message.Fields)
            {
                EmitFieldReadCases(writer, field, limits);
            }

            writer.WriteLine("default:");
            writer.Indent();
            writer.WriteLine("// Unknown fields, and known fields with an unexpected wire type, are skipped within the message's bounds.");
            writer.WriteLine("reader.SkipField(tag);");
            writer.WriteLine("break;");
            writer.Unindent();
            writer.CloseBlock();
            writer.CloseBlock();

            foreach (FieldModel field in message.Fields)
            {
                if (field.IsCollection)
                {
                    writer.WriteLine();
                    writer.WriteLine("if (" + Local(field) + " is not null)");
                    writer.OpenBlock();
                    writer.WriteLine("message." + field.Identifier + " = " + Local(field) + (field.Shape == FieldShape.Array ? ".ToArray();" : ";"));
                    writer.CloseBlock();
                }
            }

            writer.WriteLine();
            writer.WriteLine("return message;");
            writer.CloseBlock();
        }

        /// <summary>The type decoded elements accumulate in: the field's own list or dictionary, or a list for arrays.</summary>
        private static string CollectionLocalType(FieldModel field) =>
            field.Shape == FieldShape.Array ? "global::System.Collections.Generic.List<" + field.Value.TypeName + ">" : field.TypeName;

        private static void EmitFieldReadCases(IndentedTextWriter writer, FieldModel field, LimitsModel limits)
        {
            ValueModel value = field.Value;
            switch (field.Shape)
            {
                case FieldShape.Single:
                case FieldShape.Nullable:
                {
                    (int limit, string source) = LengthLimit(field, value.Kind, limits, fieldOwnsMaxLength: true);
                    var lines = new List<string>();
                    AddSecurityComment(lines, value, source);
                    string expression = ValueCodec.Read(value, "reader", limit, lines);
                    lines.Add("message." + field.Identifier + " = " + expression + ";");
                    EmitCase(writer, WireTag.Make(field.Number, ValueCodec.WireType(value)), field, unpacked: false, lines);
                    return;
                }

                case FieldShape.Map:
                    EmitMapCase(writer, field, limits);
                    return;

                default:
                    if (field.IsPacked)
                    {
                        EmitPackedCase(writer, field, limits);
                    }

                    EmitElementCase(writer, field, limits);
                    return;
            }
        }

        /// <summary>Writes a case label whose body is <paramref name="lines"/> plus <c>break</c>, braced when it declares locals.</summary>
        private static void EmitCase(IndentedTextWriter writer, uint tag, FieldModel field, bool unpacked, List<string> lines)
        {
            writer.WriteLine("case " + WireTag.Literal(tag) + ": // " + field.Name + " = " + ValueCodec.Number(field.Number) + " (" + DescribeWireType(field, unpacked) + ")");
            bool braced = lines.Count > 1;
            if (braced)
            {
                writer.OpenBlock();
            }
            else
            {
                writer.Indent();
            }

            foreach (string line in lines)
            {
                writer.WriteLine(line);
            }

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

        private static void AddSecurityComment(List<string> lines, ValueModel value, string lengthSource)
        {
            switch (value.Kind)
            {
                case FieldValueKind.String:
                case FieldValueKind.ByteArray:
                case FieldValueKind.ByteMemory:
                    lines.Add("// Length checked against remaining bytes and " + lengthSource + " before allocation.");
                    break;
                case FieldValueKind.Message:
                    lines.Add("// Length checked against remaining bytes, nesting depth checked before the nested message is decoded.");
                    break;
                case FieldValueKind.SByte:
                case FieldValueKind.Byte:
                case FieldValueKind.Int16:
                case FieldValueKind.UInt16:
                case FieldValueKind.Enum when value.EnumUnderlying is not (FieldValueKind.Int32 or FieldValueKind.UInt32):
                    lines.Add("// A value that does not fit the field's type is refused, not truncated.");
                    break;
            }
        }

        /// <summary>A repeated scalar sent packed (one length-delimited run): the only form we write.</summary>
        private static void EmitPackedCase(IndentedTextWriter writer, FieldModel field, LimitsModel limits)
        {
            string local = Local(field);
            (int limit, string source) = CollectionLimit(field, limits);
            int width = ValueCodec.WireType(field.Value) == RuntimeContract.WireType.Varint ? 0 : ValueCodec.ConstantSize(field.Value);
            var lines = new List<string>
            {
                "var packed = reader.ReadPacked();",
                width == 0
                    ? "int count = packed.CountRemainingVarints();"
                    : "int count = packed.Remaining / " + ValueCodec.Number(width) + ";",
            };
            if (limit > 0)
            {
                lines.Add("// Element count checked against " + source + " before the list grows.");
                lines.Add("if (count > " + ValueCodec.Number(limit) + " - (" + local + " is null ? 0 : " + local + ".Count))");
                lines.Add("{");
                lines.Add("    reader.ThrowLimitExceeded();");
                lines.Add("}");
                lines.Add("");
            }
            else
            {
                lines.Add("// The element count is bounded by the bytes of this field, already checked against the message.");
            }

            lines.Add(local + " ??= new " + CollectionLocalType(field) + "(count);");
            lines.Add("while (!packed.IsAtEnd)");
            lines.Add("{");
            var elementLines = new List<string>();
            string expression = ValueCodec.Read(field.Value, "packed", 0, elementLines);
            foreach (string line in elementLines)
            {
                lines.Add("    " + line);
            }

            lines.Add("    " + local + ".Add(" + expression + ");");
            lines.Add("}");
            EmitCase(writer, WireTag.Make(field.Number, RuntimeContract.WireType.LengthDelimited), field, unpacked: false, lines);
        }

        /// <summary>One element of a repeated field (any unpacked scalar, string, bytes or message).</summary>
        private static void EmitElementCase(IndentedTextWriter writer, FieldModel field, LimitsModel limits)
        {
            string local = Local(field);
            (int limit, string source) = CollectionLimit(field, limits);
            var lines = new List<string>();
            AddPresizedCreation(lines, field, limit, source, "list");
            AddCountCheck(lines, local, limit, source, "element is added");
            (int lengthLimit, string lengthSource) = LengthLimit(field, field.Value.Kind, limits, fieldOwnsMaxLength: false);
            AddSecurityComment(lines, field.Value, lengthSource);
            string expression = ValueCodec.Read(field.Value, "reader", lengthLimit, lines);
            lines.Add(local + ".Add(" + expression + ");");
            EmitCase(writer, WireTag.Make(field.Number, ValueCodec.WireType(field.Value)), field, unpacked: field.IsPacked, lines);
        }

        /// <summary>
        /// At the first element, creates the collection sized for every element of the field in this message (a scan
        /// of tags and lengths, capped by the limit): decoding never regrows it, so it allocates only what it returns.
        /// </summary>
        private static void AddPresizedCreation(List<string> lines, FieldModel field, int limit, string source, string what)
        {
            string local = Local(field);
            lines.Add("if (" + local + " is null)");
            lines.Add("{");
            lines.Add(limit > 0
                ? "    // Sized once for the elements present, at most " + source + ", so the " + what + " never regrows."
                : "    // Sized once for the elements present (bounded by the message's bytes), so the " + what + " never regrows.");
            lines.Add("    " + local + " = new " + CollectionLocalType(field) + "(reader.CountRepeated(tag" + (limit > 0 ? ", " + ValueCodec.Number(limit) : "") + "));");
            lines.Add("}");
            lines.Add("");
        }

        private static void AddCountCheck(List<string> lines, string local, int limit, string source, string what)
        {
            if (limit > 0)
            {
                lines.Add("// Count checked against " + source + " before each " + what + ".");
                lines.Add("if (" + local + ".Count >= " + ValueCodec.Number(limit) + ")");
                lines.Add("{");
                lines.Add("    reader.ThrowLimitExceeded();");
                lines.Add("}");
                lines.Add("");
            }
        }

        /// <summary>One map entry: an embedded message with the key as field 1 and the value as field 2.</summary>
        private static void EmitMapCase(IndentedTextWriter writer, FieldModel field, LimitsModel limits)
        {
            string local = Local(field);
            ValueModel key = field.Key!;
            ValueModel value = field.Value;
            (int limit, string source) = CollectionLimit(field, limits);
            var lines = new List<string>();
            AddPresizedCreation(lines, field, limit, source, "map");
            AddCountCheck(lines, local, limit, source, "entry is decoded");
            lines.Add("var entry = reader.ReadPacked();");
            lines.Add(key.TypeReference + " key = " + ValueCodec.DefaultOf(key) + ";");
            bool classMessage = value.Kind == FieldValueKind.Message && !value.IsValueType;
            lines.Add((classMessage ? value.TypeReference + "?" : value.TypeName) + " value = " + ValueCodec.DefaultOf(value) + ";");
            lines.Add("uint entryTag;");
            lines.Add("while ((entryTag = entry.ReadTag()) != 0)");
            lines.Add("{");
            lines.Add("    switch (entryTag)");
            lines.Add("    {");
            AddEntryCase(lines, WireTag.Make(1, ValueCodec.WireType(key)), "key", key, LengthLimit(field, key.Kind, limits, fieldOwnsMaxLength: false));
            AddEntryCase(lines, WireTag.Make(2, ValueCodec.WireType(value)), "value", value, LengthLimit(field, value.Kind, limits, fieldOwnsMaxLength: false));
            lines.Add("        default:");
            lines.Add("            entry.SkipField(entryTag);");
            lines.Add("            break;");
            lines.Add("    }");
            lines.Add("}");
            if (classMessage)
            {
                lines.Add("");
                lines.Add("if (value is null)");
                lines.Add("{");
                lines.Add("    // An entry without a value holds an empty message, as in protobuf.");
                lines.Add("    var empty = new " + ProtoReader + "(global::System.ReadOnlySpan<byte>.Empty);");
                lines.Add("    value = " + value.TypeReference + ".ReadFrom(ref empty);");
                lines.Add("}");
            }

            lines.Add("");
            lines.Add(local + "[key] = value;");
            EmitCase(writer, WireTag.Make(field.Number, RuntimeContract.WireType.LengthDelimited), field, unpacked: false, lines);
        }

        private static void AddEntryCase(List<string> lines, uint tag, string target, ValueModel value, (int Limit, string Source) lengthLimit)
        {
            var body = new List<string>();
            AddSecurityComment(body, value, lengthLimit.Source);
            string expression = ValueCodec.Read(value, "entry", lengthLimit.Limit, body);
            body.Add(target + " = " + expression + ";");
            lines.Add("        case " + WireTag.Literal(tag) + ":");
            lines.Add("        {");
            foreach (string line in body)
            {
                lines.Add("            " + line);
            }

            lines.Add("            break;");
            lines.Add("        }");
        }
    }
}
