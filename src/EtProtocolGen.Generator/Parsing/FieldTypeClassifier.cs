using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Generator.Parsing
{
    /// <summary>What one value (a field, a collection element, a map key or a map value) is on the wire.</summary>
    internal enum FieldValueKind
    {
        /// <summary><c>bool</c>: protobuf <c>bool</c>.</summary>
        Bool,

        /// <summary><c>sbyte</c>: protobuf <c>int32</c> (<c>sint32</c>, <c>sfixed32</c>), range-checked on decode.</summary>
        SByte,

        /// <summary><c>byte</c>: protobuf <c>uint32</c> (<c>fixed32</c>), range-checked on decode.</summary>
        Byte,

        /// <summary><c>short</c>: protobuf <c>int32</c> (<c>sint32</c>, <c>sfixed32</c>), range-checked on decode.</summary>
        Int16,

        /// <summary><c>ushort</c>: protobuf <c>uint32</c> (<c>fixed32</c>), range-checked on decode.</summary>
        UInt16,

        /// <summary><c>int</c>: protobuf <c>int32</c> (<c>sint32</c>, <c>sfixed32</c>).</summary>
        Int32,

        /// <summary><c>uint</c>: protobuf <c>uint32</c> (<c>fixed32</c>).</summary>
        UInt32,

        /// <summary><c>long</c>: protobuf <c>int64</c> (<c>sint64</c>, <c>sfixed64</c>).</summary>
        Int64,

        /// <summary><c>ulong</c>: protobuf <c>uint64</c> (<c>fixed64</c>).</summary>
        UInt64,

        /// <summary><c>float</c>: protobuf <c>float</c>.</summary>
        Single,

        /// <summary><c>double</c>: protobuf <c>double</c>.</summary>
        Double,

        /// <summary>An enum whose underlying type is 32 bits or narrower: protobuf <c>enum</c> (int32 varint).</summary>
        Enum,

        /// <summary><c>string</c>: protobuf <c>string</c> (UTF-8).</summary>
        String,

        /// <summary><c>byte[]</c>: protobuf <c>bytes</c>.</summary>
        ByteArray,

        /// <summary><c>ReadOnlyMemory&lt;byte&gt;</c>: protobuf <c>bytes</c>.</summary>
        ByteMemory,

        /// <summary>A type marked <c>[Message]</c> (class or struct, this assembly or another): an embedded message.</summary>
        Message,
    }

    /// <summary>How a field holds its values.</summary>
    internal enum FieldShape
    {
        /// <summary>One value.</summary>
        Single,

        /// <summary><c>T?</c> over a scalar value type: proto3 <c>optional</c> (explicit presence).</summary>
        Nullable,

        /// <summary><c>List&lt;T&gt;</c>: protobuf <c>repeated</c>.</summary>
        List,

        /// <summary><c>T[]</c> (other than <c>byte[]</c>): protobuf <c>repeated</c>.</summary>
        Array,

        /// <summary><c>Dictionary&lt;K, V&gt;</c>: protobuf <c>map&lt;K, V&gt;</c>.</summary>
        Map,
    }

    /// <summary>
    /// The classification of a supported field type. <see cref="ValueType"/> is the field type itself for
    /// <see cref="FieldShape.Single"/>, the underlying type for <see cref="FieldShape.Nullable"/>, the element
    /// type for lists and arrays, and the value type for maps.
    /// </summary>
    internal readonly struct FieldTypeInfo
    {
        public FieldTypeInfo(FieldShape shape, FieldValueKind valueKind, ITypeSymbol valueType, FieldValueKind keyKind, ITypeSymbol? keyType, INamedTypeSymbol? surrogate = null)
        {
            Shape = shape;
            ValueKind = valueKind;
            ValueType = valueType;
            KeyKind = keyKind;
            KeyType = keyType;
            Surrogate = surrogate;
        }

        /// <summary>How the field holds its values.</summary>
        public FieldShape Shape { get; }

        /// <summary>What each value is on the wire.</summary>
        public FieldValueKind ValueKind { get; }

        /// <summary>The C# type of each value.</summary>
        public ITypeSymbol ValueType { get; }

        /// <summary>What each map key is on the wire (meaningful only for <see cref="FieldShape.Map"/>).</summary>
        public FieldValueKind KeyKind { get; }

        /// <summary>The C# type of the map keys, or null when the field is not a map.</summary>
        public ITypeSymbol? KeyType { get; }

        /// <summary>
        /// For a value type mapped by <c>[assembly: WireSurrogate]</c> (an engine type): the <c>[Message]</c> written on the wire in
        /// its place (<see cref="ValueKind"/> is then <see cref="FieldValueKind.Message"/>); null for every other value.
        /// </summary>
        public INamedTypeSymbol? Surrogate { get; }
    }

    /// <summary>
    /// Decides which C# types a <c>[Field]</c> member may have, and how each is encoded. Shared, as one
    /// source file, by the serializer generator (which skips messages with unsupported fields) and the
    /// analyzers (ETP0004 reports them), so that both agree. Depends on Microsoft.CodeAnalysis, <see cref="ProtocolMessage"/>, <see cref="AttributeNames"/> and <see cref="RuntimeContract"/> only.
    /// </summary>
    internal static class FieldTypeClassifier
    {
        /// <summary>The largest field number protobuf allows (2^29 - 1).</summary>
        public const int MaxFieldNumber = (1 << 29) - 1;

        /// <summary>The first field number protobuf reserves for its own implementation.</summary>
        public const int FirstReservedFieldNumber = 19000;

        /// <summary>The last field number protobuf reserves for its own implementation.</summary>
        public const int LastReservedFieldNumber = 19999;

        /// <summary>
        /// Gets the type of a <c>[Field]</c> member if the generated code can both read and assign it: an instance
        /// property with a getter and a (not init-only) setter, or an instance field that is neither readonly nor const.
        /// </summary>
        public static bool TryGetMemberType(ISymbol member, out ITypeSymbol type)
        {
            switch (member)
            {
                // An explicit interface implementation (int IRequest.RpcId) has no name generated code could use.
                case IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null, SetMethod: { IsInitOnly: false }, ExplicitInterfaceImplementations.IsEmpty: true } property:
                    type = property.Type;
                    return true;
                case IFieldSymbol { IsStatic: false, IsConst: false, IsReadOnly: false } field:
                    type = field.Type;
                    return true;
                default:
                    type = null!;
                    return false;
            }
        }

        /// <summary>
        /// Classifies a field type; false if the generator cannot serialize it. <paramref name="surrogates"/> are the engine-type
        /// mappings of the assembly that declares the field (<see cref="WireSurrogates.Of"/>).
        /// </summary>
        public static bool TryClassify(ITypeSymbol type, WireSurrogateMap surrogates, out FieldTypeInfo info)
        {
            info = default;

            // Nullable<T> over a scalar: proto3 optional.
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                ITypeSymbol underlying = nullable.TypeArguments[0];
                if (!TryClassifyValue(underlying, out FieldValueKind kind) || !IsScalar(kind))
                {
                    return false;
                }

                info = new FieldTypeInfo(FieldShape.Nullable, kind, underlying, default, null);
                return true;
            }

            if (type is IArrayTypeSymbol array)
            {
                if (array.Rank != 1)
                {
                    return false;
                }

                if (array.ElementType.SpecialType == SpecialType.System_Byte)
                {
                    info = new FieldTypeInfo(FieldShape.Single, FieldValueKind.ByteArray, type, default, null);
                    return true;
                }

                if (!TryClassifyValue(array.ElementType, surrogates, out FieldValueKind elementKind, out INamedTypeSymbol? elementSurrogate))
                {
                    return false;
                }

                info = new FieldTypeInfo(FieldShape.Array, elementKind, array.ElementType, default, null, elementSurrogate);
                return true;
            }

            if (type is INamedTypeSymbol { IsGenericType: true } generic)
            {
                if (IsSystemCollectionsGeneric(generic, "List", 1))
                {
                    ITypeSymbol element = generic.TypeArguments[0];
                    if (!TryClassifyValue(element, surrogates, out FieldValueKind elementKind, out INamedTypeSymbol? elementSurrogate))
                    {
                        return false;
                    }

                    info = new FieldTypeInfo(FieldShape.List, elementKind, element, default, null, elementSurrogate);
                    return true;
                }

                if (IsSystemCollectionsGeneric(generic, "Dictionary", 2))
                {
                    ITypeSymbol key = generic.TypeArguments[0];
                    ITypeSymbol value = generic.TypeArguments[1];
                    if (!TryClassifyValue(key, out FieldValueKind keyKind) || !IsMapKey(keyKind)
                        || !TryClassifyValue(value, surrogates, out FieldValueKind valueKind, out INamedTypeSymbol? valueSurrogate))
                    {
                        return false;
                    }

                    info = new FieldTypeInfo(FieldShape.Map, valueKind, value, keyKind, key, valueSurrogate);
                    return true;
                }
            }

            if (!TryClassifyValue(type, surrogates, out FieldValueKind singleKind, out INamedTypeSymbol? singleSurrogate))
            {
                return false;
            }

            info = new FieldTypeInfo(FieldShape.Single, singleKind, type, default, null, singleSurrogate);
            return true;
        }

        /// <summary>A value the wire carries by itself, or an engine type carried as its surrogate message.</summary>
        private static bool TryClassifyValue(ITypeSymbol type, WireSurrogateMap surrogates, out FieldValueKind kind, out INamedTypeSymbol? surrogate)
        {
            surrogate = null;
            if (TryClassifyValue(type, out kind))
            {
                return true;
            }

            if (surrogates.TryGetUsable(type, out INamedTypeSymbol usable))
            {
                kind = FieldValueKind.Message;
                surrogate = usable;
                return true;
            }

            return false;
        }

        /// <summary>
        /// Classifies a type that holds one value (not a collection, not nullable): a scalar, an enum,
        /// a string, bytes or a message.
        /// </summary>
        public static bool TryClassifyValue(ITypeSymbol type, out FieldValueKind kind)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_Boolean: kind = FieldValueKind.Bool; return true;
                case SpecialType.System_SByte: kind = FieldValueKind.SByte; return true;
                case SpecialType.System_Byte: kind = FieldValueKind.Byte; return true;
                case SpecialType.System_Int16: kind = FieldValueKind.Int16; return true;
                case SpecialType.System_UInt16: kind = FieldValueKind.UInt16; return true;
                case SpecialType.System_Int32: kind = FieldValueKind.Int32; return true;
                case SpecialType.System_UInt32: kind = FieldValueKind.UInt32; return true;
                case SpecialType.System_Int64: kind = FieldValueKind.Int64; return true;
                case SpecialType.System_UInt64: kind = FieldValueKind.UInt64; return true;
                case SpecialType.System_Single: kind = FieldValueKind.Single; return true;
                case SpecialType.System_Double: kind = FieldValueKind.Double; return true;
                case SpecialType.System_String: kind = FieldValueKind.String; return true;
            }

            kind = default;
            if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte })
            {
                kind = FieldValueKind.ByteArray;
                return true;
            }

            if (type is not INamedTypeSymbol named)
            {
                return false;
            }

            if (named.TypeKind == TypeKind.Enum)
            {
                switch (named.EnumUnderlyingType?.SpecialType)
                {
                    case SpecialType.System_SByte:
                    case SpecialType.System_Byte:
                    case SpecialType.System_Int16:
                    case SpecialType.System_UInt16:
                    case SpecialType.System_Int32:
                    case SpecialType.System_UInt32:
                        kind = FieldValueKind.Enum;
                        return true;
                    default:
                        return false;
                }
            }

            if (IsReadOnlyMemoryOfByte(named))
            {
                kind = FieldValueKind.ByteMemory;
                return true;
            }

            if (IsMessageType(named))
            {
                kind = FieldValueKind.Message;
                return true;
            }

            return false;
        }

        /// <summary>True if <paramref name="type"/> is a non-generic class or struct marked <c>[Message]</c> (<see cref="ProtocolMessage"/>).</summary>
        public static bool IsMessageType(ITypeSymbol type) =>
            type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsGenericType: false } named && ProtocolMessage.FindAttribute(named) is not null;

        /// <summary>True for numbers, bools and enums: the values protobuf packs in repeated fields.</summary>
        public static bool IsScalar(FieldValueKind kind) =>
            kind is not (FieldValueKind.String or FieldValueKind.ByteArray or FieldValueKind.ByteMemory or FieldValueKind.Message);

        /// <summary>True for the kinds protobuf allows as map keys: integers, bools and strings.</summary>
        public static bool IsMapKey(FieldValueKind kind) =>
            kind is not (FieldValueKind.Single or FieldValueKind.Double or FieldValueKind.Enum
                or FieldValueKind.ByteArray or FieldValueKind.ByteMemory or FieldValueKind.Message);

        /// <summary>
        /// True if a <c>FieldEncoding</c> (as its integer value) applies to values of <paramref name="kind"/>:
        /// ZigZag to signed integers, Fixed to all integers, Default to everything.
        /// </summary>
        public static bool IsEncodingSupported(FieldValueKind kind, int encoding)
        {
            switch (encoding)
            {
                case RuntimeContract.FieldEncoding.Default:
                    return true;
                case RuntimeContract.FieldEncoding.ZigZag:
                    return kind is FieldValueKind.SByte or FieldValueKind.Int16 or FieldValueKind.Int32 or FieldValueKind.Int64;
                case RuntimeContract.FieldEncoding.Fixed:
                    return kind is FieldValueKind.SByte or FieldValueKind.Byte or FieldValueKind.Int16 or FieldValueKind.UInt16
                        or FieldValueKind.Int32 or FieldValueKind.UInt32 or FieldValueKind.Int64 or FieldValueKind.UInt64;
                default:
                    return false;
            }
        }

        /// <summary>True if <paramref name="number"/> is a usable protobuf field number (1 .. 2^29-1, outside 19000-19999).</summary>
        public static bool IsValidFieldNumber(int number) =>
            number >= 1 && number <= MaxFieldNumber && (number < FirstReservedFieldNumber || number > LastReservedFieldNumber);

        private static bool IsReadOnlyMemoryOfByte(INamedTypeSymbol type) =>
            type is { Name: "ReadOnlyMemory", Arity: 1 }
            && type.TypeArguments[0].SpecialType == SpecialType.System_Byte
            && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };

        private static bool IsSystemCollectionsGeneric(INamedTypeSymbol type, string name, int arity) =>
            type.Name == name
            && type.Arity == arity
            && type.ContainingNamespace is
            {
                Name: "Generic",
                ContainingNamespace:
                {
                    Name: "Collections",
                    ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true },
                },
            };
    }
}
