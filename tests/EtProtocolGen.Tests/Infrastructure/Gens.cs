using System;
using System.Text;
using CsCheck;
using EtProtocolGen.Wire;

namespace EtProtocolGen.Tests.Infrastructure;

/// <summary>Generators shared by the property tests, biased toward the edges of each encoding.</summary>
internal static class Gens
{
    /// <summary>Field numbers with one-, two- and many-byte tags, including the largest protobuf allows.</summary>
    public static readonly Gen<int> FieldNumber = Gen.Frequency(
        (6, Gen.Int[1, 15]),
        (3, Gen.Int[16, 2047]),
        (1, Gen.Int[2048, WireFormat.MaxFieldNumber]),
        (1, Gen.Const(WireFormat.MaxFieldNumber)));

    /// <summary>Unsigned 64-bit values spread over every varint length, plus the extremes.</summary>
    public static readonly Gen<ulong> VarintValue = Gen.Frequency(
        (8, Gen.Int[0, 63].SelectMany(bits => Gen.ULong[0, bits == 63 ? ulong.MaxValue : (1UL << (bits + 1)) - 1])),
        (1, Gen.OneOf(Gen.Const(0UL), Gen.Const(ulong.MaxValue), Gen.Const((ulong)uint.MaxValue), Gen.Const(1UL << 63))));

    public static readonly Gen<int> Int32 = Gen.Frequency((4, VarintValue.Select(v => (int)v)), (1, Gen.Int));

    public static readonly Gen<long> Int64 = Gen.Frequency((4, VarintValue.Select(v => (long)v)), (1, Gen.Long));

    public static readonly Gen<uint> UInt32 = Gen.Frequency((4, VarintValue.Select(v => (uint)v)), (1, Gen.UInt));

    /// <summary>Floats including NaN, infinities, -0 and subnormals (compared bit for bit).</summary>
    public static readonly Gen<float> Float = Gen.Frequency((4, Gen.Float), (1, Gen.Float.Special), (1, Gen.Int.Select(BitConverter.Int32BitsToSingle)));

    public static readonly Gen<double> Double = Gen.Frequency((4, Gen.Double), (1, Gen.Double.Special), (1, Gen.Long.Select(BitConverter.Int64BitsToDouble)));

    /// <summary>One Unicode scalar value: ASCII, 2-, 3- and 4-byte UTF-8, never a lone surrogate.</summary>
    public static readonly Gen<string> Scalar = Gen.Frequency(
        (4, Gen.Int[0x20, 0x7E]),
        (1, Gen.Int[0, 0x1F]),
        (2, Gen.Int[0x80, 0x7FF]),
        (2, Gen.Int[0x800, 0xD7FF]),
        (1, Gen.Int[0xE000, 0xFFFF]),
        (2, Gen.Int[0x10000, 0x10FFFF]))
        .Select(char.ConvertFromUtf32);

    /// <summary>Valid Unicode text (so that UTF-8 round-trips exactly), 0..40 scalars.</summary>
    public static readonly Gen<string> Text = Scalar.Array[0, 40].Select(parts => string.Concat(parts));

    public static readonly Gen<byte[]> Bytes = Gen.Byte.Array[0, 64];

    public static int Utf8Length(string value) => Encoding.UTF8.GetByteCount(value);
}
