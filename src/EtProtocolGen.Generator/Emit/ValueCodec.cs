using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Generator.Emit
{
    /// <summary>
    /// The code that writes, sizes and reads one value of each kind and encoding. Every method returns C# text;
    /// none sees a symbol.
    /// </summary>
    internal static class ValueCodec
    {
        public const string ProtoSize = "global::EtProtocolGen.Wire.ProtoSize";

        /// <summary><c>WriteFields</c>' parameter: the writer of the enclosing message, passed by reference.</summary>
        public const string WriterParameter = "writer";

        /// <summary>
        /// <c>WriteFields</c>' copy of <see cref="WriterParameter"/>, which every field writes through and which is stored back
        /// at the end: the JIT keeps a local's span and position in registers instead of storing and reloading the position for
        /// every byte. A nested message is written through it too (<see cref="WriteNestedFields"/>), so when the nested
        /// <c>WriteFields</c> is inlined (a small all-scalar message, such as the point of a path) the copy stays in registers.
        /// </summary>
        public const string LocalWriter = "local";

        /// <summary><c>ReadFrom</c>'s parameter: the reader of the message, passed by reference.</summary>
        public const string ReaderParameter = "reader";

        /// <summary>
        /// <c>ReadFrom</c>'s copy of <see cref="ReaderParameter"/>, which every field reads through and which is stored back at the
        /// end (its position, and its failure if any): as for <see cref="LocalWriter"/>, the JIT keeps a local's span and position
        /// in registers. The runtime's reader members that generated code calls are inlined or static, so its address never escapes.
        /// </summary>
        public const string LocalReader = "local";

        private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

        private static bool IsFixed(ValueModel value) => value.Encoding == RuntimeContract.FieldEncoding.Fixed;

        private static bool IsZigZag(ValueModel value) => value.Encoding == RuntimeContract.FieldEncoding.ZigZag;

        /// <summary>The protobuf wire type of a value.</summary>
        public static int WireType(ValueModel value) => value.Kind switch
        {
            FieldValueKind.Single => RuntimeContract.WireType.Fixed32,
            FieldValueKind.Double => RuntimeContract.WireType.Fixed64,
            FieldValueKind.String or FieldValueKind.ByteArray or FieldValueKind.ByteMemory or FieldValueKind.Message => RuntimeContract.WireType.LengthDelimited,
            FieldValueKind.Int64 or FieldValueKind.UInt64 when IsFixed(value) => RuntimeContract.WireType.Fixed64,
            _ when IsFixed(value) => RuntimeContract.WireType.Fixed32,
            _ => RuntimeContract.WireType.Varint,
        };

        /// <summary>The encoded size of a scalar if it does not depend on the value (bool, fixed, float, double), else 0.</summary>
        public static int ConstantSize(ValueModel value) => SizeBounds.FixedWidth(value.Kind, value.Encoding);

        /// <summary>The protobuf type name, for comments in generated code.</summary>
        public static string ProtoTypeName(ValueModel value)
        {
            switch (value.Kind)
            {
                case FieldValueKind.Bool: return "bool";
                case FieldValueKind.Single: return "float";
                case FieldValueKind.Double: return "double";
                case FieldValueKind.Enum: return "enum";
                case FieldValueKind.String: return "string";
                case FieldValueKind.ByteArray:
                case FieldValueKind.ByteMemory: return "bytes";
                case FieldValueKind.Message: return "message";
                case FieldValueKind.Int64: return IsFixed(value) ? "sfixed64" : IsZigZag(value) ? "sint64" : "int64";
                case FieldValueKind.UInt64: return IsFixed(value) ? "fixed64" : "uint64";
                case FieldValueKind.Byte:
                case FieldValueKind.UInt16:
                case FieldValueKind.UInt32: return IsFixed(value) ? "fixed32" : "uint32";
                default: return IsFixed(value) ? "sfixed32" : IsZigZag(value) ? "sint32" : "int32";
            }
        }

        /// <summary>The call that writes a scalar (no tag): <c>writer.WriteInt32(expr)</c>.</summary>
        public static string WriteScalar(ValueModel value, string writer, string expression)
        {
            switch (value.Kind)
            {
                case FieldValueKind.Bool: return writer + ".WriteBool(" + expression + ")";
                case FieldValueKind.Single: return writer + ".WriteFloat(" + expression + ")";
                case FieldValueKind.Double: return writer + ".WriteDouble(" + expression + ")";
                case FieldValueKind.Enum: return writer + ".WriteInt32(" + EnumToInt32(expression) + ")";
                case FieldValueKind.Int64:
                    return writer + (IsFixed(value) ? ".WriteSFixed64(" : IsZigZag(value) ? ".WriteSInt64(" : ".WriteInt64(") + expression + ")";
                case FieldValueKind.UInt64:
                    return writer + (IsFixed(value) ? ".WriteFixed64(" : ".WriteUInt64(") + expression + ")";
                case FieldValueKind.Byte:
                case FieldValueKind.UInt16:
                case FieldValueKind.UInt32:
                    return writer + (IsFixed(value) ? ".WriteFixed32(" : ".WriteUInt32(") + expression + ")";
                default:
                    return writer + (IsFixed(value) ? ".WriteSFixed32(" : IsZigZag(value) ? ".WriteSInt32(" : ".WriteInt32(") + expression + ")";
            }
        }

        /// <summary>
        /// The varint a varint-encoded scalar (<see cref="WireType"/> Varint) is written as, as a <c>ulong</c> expression: the
        /// bytes <see cref="WriteScalar"/> writes for it (an int32 sign-extended to 64 bits, sint32/sint64 ZigZag-encoded).
        /// </summary>
        public static string VarintOf(ValueModel value, string expression)
        {
            switch (value.Kind)
            {
                case FieldValueKind.Bool: return "(" + expression + " ? 1UL : 0UL)";
                case FieldValueKind.Enum: return "unchecked((ulong)(long)" + EnumToInt32(expression) + ")";
                case FieldValueKind.Int64:
                    return IsZigZag(value) ? WireFormat + ".EncodeZigZag64(" + expression + ")" : "unchecked((ulong)" + expression + ")";
                case FieldValueKind.UInt64: return expression;
                case FieldValueKind.Byte:
                case FieldValueKind.UInt16:
                case FieldValueKind.UInt32: return "(ulong)" + expression;
                default:
                    return IsZigZag(value) ? "(ulong)" + WireFormat + ".EncodeZigZag32(" + expression + ")" : "unchecked((ulong)(long)" + expression + ")";
            }
        }

        private const string WireFormat = "global::EtProtocolGen.Wire.WireFormat";

        /// <summary>The size of a scalar (no tag).</summary>
        public static string SizeOfScalar(ValueModel value, string expression)
        {
            int constant = ConstantSize(value);
            if (constant != 0)
            {
                return Number(constant);
            }

            switch (value.Kind)
            {
                case FieldValueKind.Enum: return ProtoSize + ".Int32(" + EnumToInt32(expression) + ")";
                case FieldValueKind.Int64: return ProtoSize + (IsZigZag(value) ? ".SInt64(" : ".Int64(") + expression + ")";
                case FieldValueKind.UInt64: return ProtoSize + ".UInt64(" + expression + ")";
                case FieldValueKind.Byte:
                case FieldValueKind.UInt16:
                case FieldValueKind.UInt32: return ProtoSize + ".UInt32(" + expression + ")";
                default: return ProtoSize + (IsZigZag(value) ? ".SInt32(" : ".Int32(") + expression + ")";
            }
        }

        /// <summary>
        /// The size of a value that may be an element or a map entry's value (no tag): scalars, strings and bytes
        /// (null written as empty), messages (null written as an empty message), length prefix included.
        /// </summary>
        public static string SizeOfElement(ValueModel value, string expression)
        {
            switch (value.Kind)
            {
                case FieldValueKind.String:
                    return ProtoSize + ".String(" + expression + " ?? string.Empty)";
                case FieldValueKind.ByteArray:
                    return ProtoSize + ".LengthDelimited(" + expression + "?.Length ?? 0)";
                case FieldValueKind.ByteMemory:
                    return ProtoSize + ".LengthDelimited(" + expression + ".Length)";
                case FieldValueKind.Message when value.IsValueType:
                    return ProtoSize + ".LengthDelimited(" + AsMessage(value, expression) + ".CalculateSize())";
                case FieldValueKind.Message:
                    return ProtoSize + ".LengthDelimited(" + expression + "?.CalculateSize() ?? 0)";
                default:
                    return SizeOfScalar(value, expression);
            }
        }

        /// <summary>The size of a map key (never null: dictionaries refuse null keys), length prefix included.</summary>
        public static string SizeOfKey(ValueModel key, string expression) =>
            key.Kind == FieldValueKind.String ? ProtoSize + ".String(" + expression + ")" : SizeOfScalar(key, expression);

        /// <summary>Writes a map key (never null).</summary>
        public static string WriteKey(ValueModel key, string writer, string expression) =>
            key.Kind == FieldValueKind.String ? writer + ".WriteString(" + expression + ");" : WriteScalar(key, writer, expression) + ";";

        /// <summary>Writes an element or map value (no tag), nulls as empty; <paramref name="local"/> names a temporary for messages.</summary>
        public static void WriteElement(IndentedTextWriter writer, ValueModel value, string protoWriter, string expression, string local)
        {
            switch (value.Kind)
            {
                case FieldValueKind.String:
                    writer.WriteLine(protoWriter + ".WriteString(" + expression + " ?? string.Empty);");
                    return;
                case FieldValueKind.ByteArray:
                    writer.WriteLine(protoWriter + ".WriteBytes(" + expression + ");");
                    return;
                case FieldValueKind.ByteMemory:
                    writer.WriteLine(protoWriter + ".WriteBytes(" + expression + ".Span);");
                    return;
                case FieldValueKind.Message when value.IsValueType:
                    writer.WriteLine("var " + local + " = " + AsMessage(value, expression) + ";");
                    WriteEmbedded(writer, value, protoWriter, local);
                    return;
                case FieldValueKind.Message:
                    writer.WriteLine("var " + local + " = " + expression + ";");
                    writer.WriteLine("if (" + local + " is null)");
                    writer.OpenBlock();
                    writer.WriteLine(protoWriter + ".WriteLength(0);");
                    writer.CloseBlock();
                    writer.WriteLine("else");
                    writer.OpenBlock();
                    WriteEmbedded(writer, value, protoWriter, local);
                    writer.CloseBlock();
                    return;
                default:
                    writer.WriteLine(WriteScalar(value, protoWriter, expression) + ";");
                    return;
            }
        }

        /// <summary>
        /// Writes an embedded message and then its length prefix: its size was already counted by the enclosing
        /// <c>CalculateSize</c>, so it is not computed a second time.
        /// </summary>
        public static void WriteEmbedded(IndentedTextWriter writer, ValueModel value, string protoWriter, string local)
        {
            writer.WriteLine("int " + local + "LengthAt = " + protoWriter + ".BeginLengthDelimited();");
            WriteNestedFields(writer, local);
            EndLengthDelimited(writer, protoWriter, local + "LengthAt", value.FieldsBound);
        }

        /// <summary>
        /// Ends a length-delimited value started at <paramref name="lengthAt"/>: with a one-byte prefix and no test for a longer
        /// one when the value's largest size, <paramref name="bound"/> (<see cref="SizeBounds"/>), is below 128 bytes.
        /// </summary>
        public static void EndLengthDelimited(IndentedTextWriter writer, string protoWriter, string lengthAt, long? bound)
        {
            if (bound < 0x80)
            {
                writer.WriteLine("// At most " + bound.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes: a one-byte length.");
                writer.WriteLine(protoWriter + ".EndShortLengthDelimited(" + lengthAt + ");");
                return;
            }

            writer.WriteLine(protoWriter + ".EndLengthDelimited(" + lengthAt + ");");
        }

        /// <summary>Writes the fields of the nested message in <paramref name="local"/> through <see cref="LocalWriter"/>.</summary>
        public static void WriteNestedFields(IndentedTextWriter writer, string local)
        {
            writer.WriteLine(local + ".WriteFields(ref " + LocalWriter + ");");
        }

        /// <summary>
        /// True when reading the value takes a statement before its expression (a nested message's reader), so the code that
        /// reads it needs a block of its own.
        /// </summary>
        public static bool ReadNeedsStatements(ValueModel value) => value.Kind == FieldValueKind.Message;

        /// <summary>
        /// Writes the statements that read one value from <paramref name="reader"/> and returns the expression of the value.
        /// <paramref name="lengthLimit"/> bounds strings (characters) and bytes (bytes); 0 = bounded by the message only. A value
        /// of a C# type narrower than its wire type is read with the runtime's range-checked reads, which refuse, never truncate.
        /// </summary>
        public static string Read(IndentedTextWriter writer, ValueModel value, string reader, int lengthLimit)
        {
            switch (value.Kind)
            {
                case FieldValueKind.Bool: return reader + ".ReadBool()";
                case FieldValueKind.Single: return reader + ".ReadFloat()";
                case FieldValueKind.Double: return reader + ".ReadDouble()";
                case FieldValueKind.Int32:
                    return reader + (IsFixed(value) ? ".ReadSFixed32()" : IsZigZag(value) ? ".ReadSInt32()" : ".ReadInt32()");
                case FieldValueKind.UInt32:
                    return reader + (IsFixed(value) ? ".ReadFixed32()" : ".ReadUInt32()");
                case FieldValueKind.Int64:
                    return reader + (IsFixed(value) ? ".ReadSFixed64()" : IsZigZag(value) ? ".ReadSInt64()" : ".ReadInt64()");
                case FieldValueKind.UInt64:
                    return reader + (IsFixed(value) ? ".ReadFixed64()" : ".ReadUInt64()");
                case FieldValueKind.SByte:
                case FieldValueKind.Int16:
                    return "(" + value.TypeReference + ")" + ReadSignedInRange(value, reader);
                case FieldValueKind.Byte:
                case FieldValueKind.UInt16:
                    string keyword = Keyword(value.Kind);
                    return "(" + value.TypeReference + ")" + reader + (IsFixed(value) ? ".ReadFixed32InRange(" : ".ReadUInt64InRange(") + keyword + ".MaxValue)";
                case FieldValueKind.Enum:
                    return ReadEnum(value, reader);
                case FieldValueKind.String:
                    return reader + ".ReadString(" + Number(lengthLimit) + ")";
                case FieldValueKind.ByteArray:
                case FieldValueKind.ByteMemory:
                    return reader + ".ReadBytes(" + Number(lengthLimit) + ")";
                default:
                    // The nested reader's failure (if any) becomes the enclosing reader's, in the same expression.
                    writer.WriteLine("var nested = " + reader + ".ReadMessage();");
                    return AsValue(value, reader + ".EndInner(in nested, " + ReadFrom(value, "nested") + ")");
            }
        }

        /// <summary>
        /// A message value as the message written on the wire: itself, or, for an engine type mapped by
        /// <c>[assembly: WireSurrogate]</c>, converted to its surrogate (through the surrogate's conversion operator).
        /// </summary>
        public static string AsMessage(ValueModel value, string expression) =>
            value.Surrogate is null ? expression : "((" + value.Surrogate + ")" + expression + ")";

        /// <summary>Reads a message value from the reader <paramref name="reader"/> of its bytes: an engine type converts back from its surrogate.</summary>
        public static string ReadMessage(ValueModel value, string reader) => AsValue(value, ReadFrom(value, reader));

        private static string ReadFrom(ValueModel value, string reader) =>
            (value.Surrogate ?? value.TypeReference) + ".ReadFrom(ref " + reader + ")";

        /// <summary>The message read (<paramref name="expression"/>) as the field's type: an engine type converts back from its surrogate.</summary>
        private static string AsValue(ValueModel value, string expression) =>
            value.Surrogate is null ? expression : "(" + value.TypeReference + ")" + expression;

        private static string ReadSignedInRange(ValueModel value, string reader)
        {
            string keyword = Keyword(value.Kind);
            string read = IsFixed(value) ? ".ReadSFixed32InRange(" : IsZigZag(value) ? ".ReadSInt64InRange(" : ".ReadInt64InRange(";
            return reader + read + keyword + ".MinValue, " + keyword + ".MaxValue)";
        }

        /// <summary>An enum is an int32 varint; one over a narrower integer is read range-checked against that integer.</summary>
        private static string ReadEnum(ValueModel value, string reader)
        {
            string keyword = Keyword(value.EnumUnderlying);
            switch (value.EnumUnderlying)
            {
                case FieldValueKind.Int32:
                    return "(" + value.TypeReference + ")" + reader + ".ReadInt32()";
                case FieldValueKind.UInt32:
                    return "(" + value.TypeReference + ")unchecked((uint)" + reader + ".ReadInt32())";
                case FieldValueKind.SByte:
                case FieldValueKind.Int16:
                    return "(" + value.TypeReference + ")(" + keyword + ")" + reader + ".ReadInt64InRange(" + keyword + ".MinValue, " + keyword + ".MaxValue)";
                default:
                    return "(" + value.TypeReference + ")(" + keyword + ")" + reader + ".ReadInt64InRange(0, " + keyword + ".MaxValue)";
            }
        }

        /// <summary>The value a map entry's key or value has when the entry omits it.</summary>
        public static string DefaultOf(ValueModel value) => value.Kind switch
        {
            FieldValueKind.String => "string.Empty",
            FieldValueKind.ByteArray => "global::System.Array.Empty<byte>()",
            FieldValueKind.Message when !value.IsValueType => "null",
            _ => "default",
        };

        /// <summary>Text for the value in a generated <c>ToString</c> (null-safe, culture-invariant, bytes as a count).</summary>
        public static string Format(ValueModel value, string expression)
        {
            switch (value.Kind)
            {
                case FieldValueKind.Bool: return expression + " ? \"true\" : \"false\"";
                case FieldValueKind.Enum: return expression + ".ToString()";
                case FieldValueKind.String: return expression;
                case FieldValueKind.ByteArray: return "\"[\" + (" + expression + "?.Length ?? 0).ToString(" + Invariant + ") + \" bytes]\"";
                case FieldValueKind.ByteMemory: return "\"[\" + " + expression + ".Length.ToString(" + Invariant + ") + \" bytes]\"";
                case FieldValueKind.Message when value.IsValueType: return expression + ".ToString()";
                case FieldValueKind.Message: return expression + "?.ToString() ?? \"null\"";
                default: return expression + ".ToString(" + Invariant + ")";
            }
        }

        public static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static string EnumToInt32(string expression) => "unchecked((int)" + expression + ")";

        private static string Keyword(FieldValueKind kind) => kind switch
        {
            FieldValueKind.SByte => "sbyte",
            FieldValueKind.Byte => "byte",
            FieldValueKind.Int16 => "short",
            FieldValueKind.UInt16 => "ushort",
            FieldValueKind.UInt32 => "uint",
            _ => "int",
        };
    }
}
