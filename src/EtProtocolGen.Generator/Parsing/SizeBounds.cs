using EtProtocolGen.Generator.Model;

namespace EtProtocolGen.Generator.Parsing
{
    /// <summary>
    /// The most bytes a field or value can take on the wire when that does not depend on the value: the rule behind both the
    /// constants of the generated <c>CalculateSizeBound</c> (the emitter) and <see cref="ValueModel.FieldsBound"/> of a nested
    /// message (the parser, which sums it over the nested message's fields). One rule, so a constant the parser stores for a
    /// nested message is exactly what that message's own <c>CalculateSizeBound</c> returns at most.
    /// </summary>
    internal static class SizeBounds
    {
        /// <summary>Bytes of the longest varint: the bound of every varint-encoded scalar.</summary>
        public const int MaxVarintSize = 10;

        /// <summary>Bytes of the longest length prefix of a value that fits in a message.</summary>
        public const int MaxLengthPrefixSize = 5;

        /// <summary>The encoded size of a scalar if it does not depend on the value (bool, fixed, float, double), else 0.</summary>
        public static int FixedWidth(FieldValueKind kind, int encoding) => kind switch
        {
            FieldValueKind.Bool => 1,
            FieldValueKind.Single => 4,
            FieldValueKind.Double => 8,
            FieldValueKind.String or FieldValueKind.ByteArray or FieldValueKind.ByteMemory or FieldValueKind.Message => 0,
            FieldValueKind.Int64 or FieldValueKind.UInt64 when encoding == RuntimeContract.FieldEncoding.Fixed => 8,
            _ when encoding == RuntimeContract.FieldEncoding.Fixed => 4,
            _ => 0,
        };

        /// <summary>The most bytes a scalar value takes: its fixed width, or the longest varint.</summary>
        public static int Scalar(FieldValueKind kind, int encoding)
        {
            int width = FixedWidth(kind, encoding);
            return width != 0 ? width : MaxVarintSize;
        }

        /// <inheritdoc cref="Scalar(FieldValueKind, int)"/>
        public static int Scalar(ValueModel value) => Scalar(value.Kind, value.Encoding);

        /// <summary>The bytes of a tag of <paramref name="fieldNumber"/> (any wire type: the type takes the low three bits).</summary>
        public static int Tag(int fieldNumber) => Varint((uint)fieldNumber << 3);

        /// <summary>The bytes of <paramref name="value"/> as a varint.</summary>
        public static int Varint(ulong value)
        {
            int size = 1;
            while (value >= 0x80)
            {
                value >>= 7;
                size++;
            }

            return size;
        }

        /// <summary>
        /// The most bytes one value takes without its tag, its length prefix included, when that is a constant: a scalar, or a
        /// message whose fields take at most <paramref name="fieldsBound"/> bytes (<see cref="ValueModel.FieldsBound"/>; a null
        /// element is written as an empty message, which is less). Null for strings, bytes and other messages.
        /// </summary>
        public static long? Element(FieldValueKind kind, int encoding, long? fieldsBound)
        {
            if (FieldTypeClassifier.IsScalar(kind))
            {
                return Scalar(kind, encoding);
            }

            if (kind == FieldValueKind.Message && fieldsBound is long fields)
            {
                // The length prefix is no wider than the prefix of the longest the message can be.
                return Varint((ulong)fields) + fields;
            }

            return null;
        }

        /// <inheritdoc cref="Element(FieldValueKind, int, long?)"/>
        public static long? Element(ValueModel value) => Element(value.Kind, value.Encoding, value.FieldsBound);

        /// <summary>
        /// The most bytes a field takes, tag included, when that does not depend on its value: a number, bool or enum (optional
        /// or not), or a message of such fields. Null for strings, bytes, collections and other messages.
        /// </summary>
        public static long? Field(FieldShape shape, int number, FieldValueKind kind, int encoding, long? fieldsBound)
        {
            if (shape is not (FieldShape.Single or FieldShape.Nullable))
            {
                return null;
            }

            long? element = Element(kind, encoding, fieldsBound);
            return element is long bound ? Tag(number) + bound : null;
        }

        /// <inheritdoc cref="Field(FieldShape, int, FieldValueKind, int, long?)"/>
        public static long? Field(FieldModel field) =>
            Field(field.Shape, field.Number, field.Value.Kind, field.Value.Encoding, field.Value.FieldsBound);
    }
}
