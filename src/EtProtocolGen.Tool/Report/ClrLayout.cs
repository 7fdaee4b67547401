using EtProtocolGen.Analyzers.Manifest;

namespace EtProtocolGen.Tool.Report
{
    /// <summary>
    /// Sizes of the objects a generated decoder allocates, on 64-bit CoreCLR (the server's runtime): an object header and
    /// method table of 16 bytes, arrays with an 8-byte length, everything rounded up to 8 bytes. Upper bounds where the
    /// manifest does not say which C# type holds a value (bytes as <c>byte[]</c> or <c>ReadOnlyMemory&lt;byte&gt;</c>).
    /// </summary>
    internal static class ClrLayout
    {
        public const int ObjectHeader = 16;
        public const int MinimumObject = 24;
        public const int ArrayHeader = 24;
        public const int StringHeader = 22;

        /// <summary><c>List&lt;T&gt;</c>: header, items, size, version.</summary>
        public const int ListObject = 32;

        /// <summary><c>Dictionary&lt;K,V&gt;</c>: header, buckets, entries, fast-mod multiplier, count, free list, free count, version, comparer, key and value collections.</summary>
        public const int DictionaryObject = 80;

        /// <summary>The comparer a string-keyed dictionary switches to after too many hash collisions (it rehashes too).</summary>
        public const int RandomizedComparer = 24;

        public static long Align(long size) => (size + 7) & ~7L;

        public static long String(long characters) => characters == 0 ? 0 : Align(StringHeader + 2 * characters);

        public static long Array(long elementSize, long count) => Align(ArrayHeader + elementSize * count);

        /// <summary>What holds one value inline: in a class's fields, a struct, or an array element.</summary>
        public static int Storage(WireValue value, ProtocolCatalog structs) => value.Type switch
        {
            ProtoType.Bool => 1,
            ProtoType.Int64 or ProtoType.SInt64 or ProtoType.SFixed64 or ProtoType.UInt64 or ProtoType.Fixed64 or ProtoType.Double => 8,
            ProtoType.Float or ProtoType.Enum => 4,
            ProtoType.String => 8,
            ProtoType.Bytes => 16,
            ProtoType.Message => (int)(structs.StructSize(value.TypeName!) ?? 8),
            _ => value.NarrowType switch
            {
                "sbyte" or "byte" => 1,
                "short" or "ushort" => 2,
                _ => 4,
            },
        };

        /// <summary>A value held by a field: <c>T?</c> adds a flag aligned like the value; collections and maps are references.</summary>
        public static int FieldStorage(FieldEntry field, ProtocolCatalog structs)
        {
            if (field.Cardinality is FieldCardinality.Repeated or FieldCardinality.Map)
            {
                return 8;
            }

            int size = Storage(field.Value, structs);
            return field.Cardinality == FieldCardinality.Optional ? 2 * size : size;
        }

        /// <summary>
        /// The bytes an instance of <paramref name="message"/> takes: for a class its heap object (fields sorted by size, as
        /// CoreCLR lays them out, with structs 8-aligned), for a struct its inline size with room for alignment padding.
        /// </summary>
        public static long Instance(MessageEntry message, bool isStruct, ProtocolCatalog structs)
        {
            long size = 0;
            foreach (FieldEntry field in message.Fields)
            {
                int storage = FieldStorage(field, structs);
                bool isStructValue = field.Cardinality == FieldCardinality.Optional
                    || field.Cardinality == FieldCardinality.Single && field.Value.Type is ProtoType.Bytes or ProtoType.Message && storage > 8;
                size += isStruct || isStructValue ? Align(storage) : storage;
            }

            if (isStruct)
            {
                return size;
            }

            long total = Align(ObjectHeader + size);
            return total < MinimumObject ? MinimumObject : total;
        }
    }
}
