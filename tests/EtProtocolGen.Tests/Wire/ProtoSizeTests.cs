using System;
using EtProtocolGen.Wire;
using Xunit;

namespace EtProtocolGen.Tests.Wire;

public class ProtoSizeTests
{
    public static TheoryData<ulong, int> Varint64Boundaries()
    {
        TheoryData<ulong, int> data = new() { { 0UL, 1 }, { ulong.MaxValue, 10 } };
        for (int bytes = 1; bytes < 10; bytes++)
        {
            ulong firstOfNext = 1UL << (7 * bytes);
            data.Add(firstOfNext - 1, bytes);
            data.Add(firstOfNext, bytes + 1);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Varint64Boundaries))]
    public void Varint64_size_changes_exactly_at_every_7_bit_boundary(ulong value, int expected)
    {
        Assert.Equal(expected, ProtoSize.Varint64(value));
        Assert.Equal(expected, ProtoSize.UInt64(value));
        Assert.Equal(expected, ProtoSize.Int64((long)value));
    }

    [Theory]
    [InlineData(0u, 1)]
    [InlineData(127u, 1)]
    [InlineData(128u, 2)]
    [InlineData(16_383u, 2)]
    [InlineData(16_384u, 3)]
    [InlineData(2_097_151u, 3)]
    [InlineData(2_097_152u, 4)]
    [InlineData(268_435_455u, 4)]
    [InlineData(268_435_456u, 5)]
    [InlineData(uint.MaxValue, 5)]
    public void Varint32_size_changes_exactly_at_every_7_bit_boundary(uint value, int expected)
    {
        Assert.Equal(expected, ProtoSize.Varint32(value));
        Assert.Equal(expected, ProtoSize.UInt32(value));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-2)]
    [InlineData(int.MinValue)]
    public void Negative_int32_takes_ten_bytes(int value) => Assert.Equal(10, ProtoSize.Int32(value));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(int.MaxValue, 5)]
    public void Non_negative_int32_takes_its_varint_size(int value, int expected) => Assert.Equal(expected, ProtoSize.Int32(value));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    [InlineData(63, 1)]
    [InlineData(-64, 1)]
    [InlineData(64, 2)]
    [InlineData(-65, 2)]
    [InlineData(int.MaxValue, 5)]
    [InlineData(int.MinValue, 5)]
    public void SInt32_size_is_the_size_of_its_zigzag(int value, int expected) => Assert.Equal(expected, ProtoSize.SInt32(value));

    [Theory]
    [InlineData(0L, 1)]
    [InlineData(-1L, 1)]
    [InlineData(long.MaxValue, 10)]
    [InlineData(long.MinValue, 10)]
    [InlineData(-4_611_686_018_427_387_904L, 9)]
    public void SInt64_size_is_the_size_of_its_zigzag(long value, int expected) => Assert.Equal(expected, ProtoSize.SInt64(value));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(15, 1)]
    [InlineData(16, 2)]
    [InlineData(2047, 2)]
    [InlineData(2048, 3)]
    [InlineData(262_143, 3)]
    [InlineData(262_144, 4)]
    [InlineData(33_554_431, 4)]
    [InlineData(33_554_432, 5)]
    [InlineData(WireFormat.MaxFieldNumber, 5)]
    public void Tag_size_follows_the_field_number(int fieldNumber, int expected) => Assert.Equal(expected, ProtoSize.Tag(fieldNumber));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(127, 128)]
    [InlineData(128, 130)]
    [InlineData(16_384, 16_387)]
    public void Length_delimited_size_includes_the_prefix(int length, int expected) => Assert.Equal(expected, ProtoSize.LengthDelimited(length));

    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("é", 2)]
    [InlineData("€", 3)]
    [InlineData("😀", 4)]
    [InlineData("a€😀", 8)]
    public void String_size_counts_utf8_bytes_plus_prefix(string value, int utf8Bytes)
    {
        Assert.Equal(utf8Bytes, ProtoSize.Utf8ByteCount(value));
        Assert.Equal(utf8Bytes + 1, ProtoSize.String(value));
    }

    [Fact]
    public void String_of_128_utf8_bytes_takes_a_two_byte_prefix()
    {
        string value = new('x', 128);
        Assert.Equal(130, ProtoSize.String(value));
    }
}
