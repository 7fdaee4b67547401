namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>
    /// Whether a value shipped as one type still decodes as another, following buf's FIELD_WIRE_COMPATIBLE_TYPE:
    /// int32, uint32, int64, uint64, bool and enums share the varint encoding; sint32 and sint64 the zigzag one; fixed32
    /// and sfixed32; fixed64 and sfixed64; string becomes bytes and a message becomes bytes, not the other way (old peers
    /// may send bytes that are not UTF-8 or not the message, which the decoder refuses). One addition: the decoder
    /// refuses values outside a C# sbyte, byte, short or ushort, so narrowing to one of those breaks old peers too.
    /// </summary>
    internal static class TypeCompatibility
    {
        /// <summary>Why a value shipped as <paramref name="shipped"/> cannot be read as <paramref name="current"/>, or null when it can.</summary>
        public static string? Check(WireValue shipped, WireValue current)
        {
            if (shipped.Type == current.Type && shipped.TypeName == current.TypeName)
            {
                return Narrowing(shipped, current);
            }

            int group = Group(shipped.Type);
            if (group != 0 && group == Group(current.Type))
            {
                return Narrowing(shipped, current);
            }

            switch (shipped.Type, current.Type)
            {
                case (ProtoType.String, ProtoType.Bytes):
                case (ProtoType.Message, ProtoType.Bytes):
                    return null;
                case (ProtoType.Bytes, ProtoType.String):
                    return "bytes sent by old peers need not be UTF-8, which a string refuses";
                case (ProtoType.Bytes, ProtoType.Message):
                    return "bytes sent by old peers need not be a " + current.TypeName;
                case (ProtoType.Message, ProtoType.Message):
                    return "another message type";
            }

            return ManifestText.Name(shipped.WireType) == ManifestText.Name(current.WireType)
                ? "a different encoding on the same wire type"
                : "another wire type (" + ManifestText.Name(shipped.WireType) + " -> " + ManifestText.Name(current.WireType) + ")";
        }

        /// <summary>1 varint, 2 zigzag, 3 fixed 32-bit, 4 fixed 64-bit; 0 for types compatible only with themselves.</summary>
        private static int Group(ProtoType type) => type switch
        {
            ProtoType.Int32 or ProtoType.UInt32 or ProtoType.Int64 or ProtoType.UInt64 or ProtoType.Bool or ProtoType.Enum => 1,
            ProtoType.SInt32 or ProtoType.SInt64 => 2,
            ProtoType.Fixed32 or ProtoType.SFixed32 => 3,
            ProtoType.Fixed64 or ProtoType.SFixed64 => 4,
            _ => 0,
        };

        private static string? Narrowing(WireValue shipped, WireValue current)
        {
            if (current.NarrowType is null)
            {
                return null;
            }

            (decimal minimum, decimal maximum) = Bounds(shipped);
            (decimal narrowMinimum, decimal narrowMaximum) = Bounds(current);
            return minimum >= narrowMinimum && maximum <= narrowMaximum
                ? null
                : "values of the shipped " + shipped + " outside the range of " + current.NarrowType + " are refused by the decoder";
        }

        private static (decimal Minimum, decimal Maximum) Bounds(WireValue value) => value.NarrowType switch
        {
            "sbyte" => (sbyte.MinValue, sbyte.MaxValue),
            "byte" => (byte.MinValue, byte.MaxValue),
            "short" => (short.MinValue, short.MaxValue),
            "ushort" => (ushort.MinValue, ushort.MaxValue),
            _ => value.Type switch
            {
                ProtoType.Bool => (0, 1),
                ProtoType.UInt32 or ProtoType.Fixed32 => (uint.MinValue, uint.MaxValue),
                ProtoType.Int64 or ProtoType.SInt64 or ProtoType.SFixed64 => (long.MinValue, long.MaxValue),
                ProtoType.UInt64 or ProtoType.Fixed64 => (ulong.MinValue, ulong.MaxValue),
                _ => (int.MinValue, int.MaxValue),
            },
        };
    }
}
