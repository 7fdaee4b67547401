namespace EtProtocolGen
{
    /// <summary>The protobuf encoding of an integer field (and of the elements or map values of a collection field).</summary>
    public enum FieldEncoding
    {
        /// <summary>Varint: protobuf <c>int32</c>, <c>int64</c>, <c>uint32</c>, <c>uint64</c>.</summary>
        Default = 0,

        /// <summary>ZigZag varint, cheap for negative numbers: protobuf <c>sint32</c>, <c>sint64</c>.</summary>
        ZigZag = 1,

        /// <summary>Fixed width: protobuf <c>fixed32</c>, <c>fixed64</c>, <c>sfixed32</c>, <c>sfixed64</c>.</summary>
        Fixed = 2,
    }
}
