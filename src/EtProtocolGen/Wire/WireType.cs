namespace EtProtocolGen.Wire
{
    /// <summary>The protobuf wire types this library reads and writes. Groups (3, 4) and 6, 7 are refused.</summary>
    public enum WireType
    {
        /// <summary>int32, int64, uint32, uint64, sint32, sint64, bool, enum.</summary>
        Varint = 0,

        /// <summary>fixed64, sfixed64, double.</summary>
        Fixed64 = 1,

        /// <summary>string, bytes, embedded messages, packed repeated fields, map entries.</summary>
        LengthDelimited = 2,

        /// <summary>fixed32, sfixed32, float.</summary>
        Fixed32 = 5,
    }
}
