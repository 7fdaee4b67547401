using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;

namespace EtProtocolGen.Generator.Emit.Fields
{
    /// <summary>
    /// The limit on a length (characters of a string, bytes) or a count (elements, entries) and where its value comes from:
    /// the one object that the decoder's check, the encoder's check and both their comments are written from.
    /// </summary>
    internal readonly struct LengthBound
    {
        private LengthBound(int limit, string source)
        {
            Limit = limit;
            Source = source;
        }

        /// <summary>The largest accepted length or count; 0 when only the message size bounds it.</summary>
        public int Limit { get; }

        /// <summary>Where the limit comes from, for comments: <c>[MaxLength(32)]</c>, <c>[ProtocolLimits] DefaultMaxStringLength (256)</c>.</summary>
        public string Source { get; }

        public bool IsSet => Limit > 0;

        /// <summary>
        /// The bound of a string or bytes value: the field's [MaxLength] when it bounds the value itself (a single string or bytes
        /// field), else the assembly's default for strings or bytes. An element or map value is bounded by the default only: the
        /// field's [MaxLength] counts its elements.
        /// </summary>
        public static LengthBound OfValue(FieldModel field, ValueModel value, LimitsModel limits, bool fieldOwnsMaxLength)
        {
            if (fieldOwnsMaxLength && field.MaxLength > 0)
            {
                return new LengthBound(field.MaxLength, "[MaxLength(" + ValueCodec.Number(field.MaxLength) + ")]");
            }

            bool isString = value.Kind == FieldValueKind.String;
            string property = isString
                ? limits.DefaultMaxStringLength > 0 ? "DefaultMaxStringLength" : "DefaultMaxLength"
                : limits.DefaultMaxBytesLength > 0 ? "DefaultMaxBytesLength" : "DefaultMaxLength";
            return FromDefault(limits.DefaultLengthLimit(isString ? LengthKind.String : LengthKind.Bytes), property);
        }

        /// <summary>The bound in elements of a list or array, or in entries of a map.</summary>
        public static LengthBound OfCount(FieldModel field, LimitsModel limits)
        {
            if (field.MaxLength > 0)
            {
                return new LengthBound(field.MaxLength, "[MaxLength(" + ValueCodec.Number(field.MaxLength) + ")]");
            }

            return FromDefault(
                limits.DefaultLengthLimit(LengthKind.Collection),
                limits.DefaultMaxCollectionLength > 0 ? "DefaultMaxCollectionLength" : "DefaultMaxLength");
        }

        private static LengthBound FromDefault(int limit, string property) =>
            limit > 0
                ? new LengthBound(limit, "[ProtocolLimits] " + property + " (" + ValueCodec.Number(limit) + ")")
                : new LengthBound(0, "the message size");
    }
}
