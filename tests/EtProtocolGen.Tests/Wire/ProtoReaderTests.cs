using System;
using EtProtocolGen.Tests.Infrastructure;
using EtProtocolGen.Wire;
using Xunit;

namespace EtProtocolGen.Tests.Wire;

/// <summary>The reader decodes well-formed input exactly, and tracks position, field number and depth.</summary>
public class ProtoReaderTests
{
    [Fact]
    public void Empty_input_has_no_tag()
    {
        ProtoReader reader = new(ReadOnlySpan<byte>.Empty);
        Assert.True(reader.IsAtEnd);
        Assert.Equal(0u, reader.ReadTag());
        Assert.Equal(0, reader.Remaining);
    }

    [Theory]
    [InlineData(1, WireType.Varint)]
    [InlineData(15, WireType.Fixed32)]
    [InlineData(16, WireType.LengthDelimited)]
    [InlineData(2048, WireType.Fixed64)]
    [InlineData(WireFormat.MaxFieldNumber, WireType.Varint)]
    public void Tags_round_trip_for_one_and_multi_byte_field_numbers(int fieldNumber, WireType wireType)
    {
        byte[] data = new Bytes().Tag(fieldNumber, (int)wireType);
        ProtoReader reader = new(data);
        uint tag = reader.ReadTag();
        Assert.Equal(WireFormat.MakeTag(fieldNumber, wireType), tag);
        Assert.Equal(fieldNumber, reader.FieldNumber);
        Assert.True(reader.IsAtEnd);
    }

    [Theory]
    [MemberData(nameof(ProtoSizeTests.Varint64Boundaries), MemberType = typeof(ProtoSizeTests))]
    public void Varints_of_every_length_round_trip(ulong value, int size)
    {
        byte[] data = new Bytes().Varint(value);
        Assert.Equal(size, data.Length);
        ProtoReader reader = new(data);
        Assert.Equal(value, reader.ReadVarint64());
        Assert.Equal(size, reader.Position);
    }

    /// <summary>
    /// With ten or more bytes left the reader decodes a varint without per-byte bounds checks; at the end of the
    /// buffer it checks each byte. Both give the same value and consume the same bytes.
    /// </summary>
    [Theory]
    [MemberData(nameof(ProtoSizeTests.Varint64Boundaries), MemberType = typeof(ProtoSizeTests))]
    public void Varints_read_the_same_with_and_without_ten_bytes_after_them(ulong value, int size)
    {
        byte[] padded = new Bytes().Varint(value).Raw(new byte[10]);
        ProtoReader reader = new(padded);
        Assert.Equal(value, reader.ReadVarint64());
        Assert.Equal(size, reader.Position);
        reader.SkipField(0);
        Assert.Equal(size + 1, reader.Position);
    }

    /// <summary>
    /// Every path of the reader (one and two bytes inline, up to eight bytes in one load, ten unrolled, the checked loop at the
    /// end of the buffer) agrees with a byte-by-byte reference on any bytes, over-long encodings (0x80 0x80 0x00) included: the
    /// same value, the same bytes consumed, the same refusal.
    /// </summary>
    [Fact]
    public void Every_varint_path_agrees_with_a_byte_by_byte_reference_on_random_bytes()
    {
        var random = new Random(16);
        var bytes = new byte[24];
        for (int round = 0; round < 20_000; round++)
        {
            random.NextBytes(bytes);
            int length = random.Next(1, 11);
            for (int i = 0; i < length - 1; i++)
            {
                bytes[i] |= 0x80;
            }

            // Mostly a varint of 'length' bytes; sometimes one that runs on (continuation bits set further).
            if (random.Next(4) != 0)
            {
                bytes[length - 1] &= 0x7F;
            }

            int available = random.Next(1, bytes.Length + 1);
            ReadOnlySpan<byte> data = bytes.AsSpan(0, available);
            (ulong expected, int consumed) = Reference(data);
            ProtoReader reader = new(data);
            ulong actual = reader.ReadVarint64();
            if (consumed > 0)
            {
                Assert.Equal(ProtocolError.None, reader.Error);
                Assert.Equal(expected, actual);
                Assert.Equal(consumed, reader.Position);
            }
            else
            {
                Assert.Equal(consumed == 0 ? ProtocolError.Truncated : ProtocolError.MalformedVarint, reader.Error);
                Assert.Equal(0ul, actual);
            }
        }
    }

    private static (ulong Value, int Consumed) Reference(ReadOnlySpan<byte> data)
    {
        ulong value = 0;
        for (int i = 0; i < 10; i++)
        {
            if (i >= data.Length)
            {
                return (0, 0);
            }

            value |= (ulong)(data[i] & 0x7F) << (7 * i);
            if (data[i] < 0x80)
            {
                return (value, i + 1);
            }
        }

        return (0, -1);
    }

    [Theory]
    [InlineData(0x01)]
    [InlineData(0x7F)] // a 10th byte above 1: only its lowest bit fits in 64 bits, on both paths
    public void Tenth_varint_byte_contributes_its_lowest_bit_on_both_paths(byte last)
    {
        byte[] exact = Bytes.Of(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, last);
        byte[] padded = new Bytes().Raw(exact).Raw(new byte[10]);
        ProtoReader checkedReader = new(exact);
        ProtoReader uncheckedReader = new(padded);
        Assert.Equal(ulong.MaxValue, checkedReader.ReadVarint64());
        Assert.Equal(ulong.MaxValue, uncheckedReader.ReadVarint64());
        Assert.Equal(10, uncheckedReader.Position);
    }

    [Fact]
    public void Eleven_byte_varint_is_refused_with_bytes_after_it()
    {
        byte[] data = new Bytes().Raw(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00).Raw(new byte[10]);
        ReaderAssert.Fails(data, ProtocolError.MalformedVarint, 0, (ref ProtoReader r) => r.ReadVarint64());
    }

    [Fact]
    public void Int32_reads_ten_byte_negatives_and_keeps_the_low_32_bits()
    {
        byte[] negative = new Bytes().Varint(unchecked((ulong)(long)-2));
        ProtoReader reader = new(negative);
        Assert.Equal(-2, reader.ReadInt32());

        // protobuf truncates a 64-bit varint to 32 bits for int32/uint32/enum.
        byte[] wide = new Bytes().Varint(0x1_0000_0005UL);
        reader = new ProtoReader(wide);
        Assert.Equal(5, reader.ReadInt32());
        reader = new ProtoReader(wide);
        Assert.Equal(5u, reader.ReadUInt32());
        reader = new ProtoReader(wide);
        Assert.Equal(5u, reader.ReadVarint32());
    }

    [Fact]
    public void Bool_is_true_for_any_non_zero_varint()
    {
        byte[] data = new Bytes().Varint(0).Varint(1).Varint(300).Varint(ulong.MaxValue);
        ProtoReader reader = new(data);
        Assert.False(reader.ReadBool());
        Assert.True(reader.ReadBool());
        Assert.True(reader.ReadBool());
        Assert.True(reader.ReadBool());
        Assert.True(reader.IsAtEnd);
    }

    [Fact]
    public void Every_scalar_reads_what_the_writer_wrote()
    {
        byte[] buffer = new byte[256];
        ProtoWriter writer = new(buffer);
        writer.WriteInt32(int.MinValue);
        writer.WriteInt64(long.MinValue);
        writer.WriteUInt32(uint.MaxValue);
        writer.WriteUInt64(ulong.MaxValue);
        writer.WriteSInt32(int.MinValue);
        writer.WriteSInt64(long.MinValue);
        writer.WriteFixed32(uint.MaxValue);
        writer.WriteFixed64(ulong.MaxValue);
        writer.WriteSFixed32(int.MinValue);
        writer.WriteSFixed64(long.MinValue);
        writer.WriteFloat(float.NegativeInfinity);
        writer.WriteDouble(double.Epsilon);
        writer.WriteBool(true);
        writer.WriteString("héllo €😀");
        writer.WriteBytes(new byte[] { 0, 255 });
        int written = writer.Position;

        ProtoReader reader = new(buffer.AsSpan(0, written));
        Assert.Equal(int.MinValue, reader.ReadInt32());
        Assert.Equal(long.MinValue, reader.ReadInt64());
        Assert.Equal(uint.MaxValue, reader.ReadUInt32());
        Assert.Equal(ulong.MaxValue, reader.ReadUInt64());
        Assert.Equal(int.MinValue, reader.ReadSInt32());
        Assert.Equal(long.MinValue, reader.ReadSInt64());
        Assert.Equal(uint.MaxValue, reader.ReadFixed32());
        Assert.Equal(ulong.MaxValue, reader.ReadFixed64());
        Assert.Equal(int.MinValue, reader.ReadSFixed32());
        Assert.Equal(long.MinValue, reader.ReadSFixed64());
        Assert.Equal(float.NegativeInfinity, reader.ReadFloat());
        Assert.Equal(double.Epsilon, reader.ReadDouble());
        Assert.True(reader.ReadBool());
        Assert.Equal("héllo €😀", reader.ReadString(0));
        Assert.Equal(new byte[] { 0, 255 }, reader.ReadBytes(0));
        Assert.True(reader.IsAtEnd);
    }

    [Fact]
    public void Negative_zero_and_nan_payloads_survive_a_round_trip()
    {
        byte[] buffer = new byte[24];
        ProtoWriter writer = new(buffer);
        writer.WriteFloat(-0f);
        writer.WriteDouble(-0d);
        writer.WriteFloat(BitConverter.Int32BitsToSingle(unchecked((int)0xFFC0_0001)));
        writer.WriteDouble(BitConverter.Int64BitsToDouble(0x7FF0_0000_0000_0001));

        ProtoReader reader = new(buffer);
        Assert.Equal(BitConverter.SingleToInt32Bits(-0f), BitConverter.SingleToInt32Bits(reader.ReadFloat()));
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0d), BitConverter.DoubleToInt64Bits(reader.ReadDouble()));
        Assert.Equal(unchecked((int)0xFFC0_0001), BitConverter.SingleToInt32Bits(reader.ReadFloat()));
        Assert.Equal(0x7FF0_0000_0000_0001, BitConverter.DoubleToInt64Bits(reader.ReadDouble()));
    }

    [Fact]
    public void Empty_string_and_bytes_allocate_nothing_new()
    {
        byte[] data = Bytes.Of(0, 0);
        ProtoReader reader = new(data);
        Assert.Same(string.Empty, reader.ReadString(10));
        Assert.Same(Array.Empty<byte>(), reader.ReadBytes(10));
    }

    [Fact]
    public void Length_delimited_returns_a_slice_without_copying()
    {
        byte[] data = Bytes.Of(3, 1, 2, 3, 9);
        ProtoReader reader = new(data);
        ReadOnlySpan<byte> slice = reader.ReadLengthDelimited();
        Assert.Equal(new byte[] { 1, 2, 3 }, slice.ToArray());
        Assert.Equal(4, reader.Position);
        Assert.Equal(1, reader.Remaining);
    }

    [Fact]
    public void Length_within_limit_and_bytes_left_is_returned()
    {
        byte[] data = Bytes.Of(3, 1, 2, 3);
        ProtoReader reader = new(data);
        Assert.Equal(3, reader.ReadLength(3));
        reader = new ProtoReader(data);
        Assert.Equal(3, reader.ReadLength(0));
        reader = new ProtoReader(data);
        Assert.Equal(3, reader.ReadLength());
    }

    [Fact]
    public void Bytes_at_exactly_the_limit_are_accepted()
    {
        byte[] data = Bytes.Of(4, 1, 2, 3, 4);
        ProtoReader reader = new(data);
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, reader.ReadBytes(4));
    }

    [Fact]
    public void Skip_field_moves_past_every_wire_type()
    {
        byte[] data = new Bytes()
            .Tag(1, 0).Varint(ulong.MaxValue)
            .Tag(2, 1).Raw(1, 2, 3, 4, 5, 6, 7, 8)
            .LengthDelimited(3, new byte[] { 1, 2, 3 })
            .Tag(4, 5).Raw(1, 2, 3, 4)
            .Tag(5, 0).Varint(7);
        ProtoReader reader = new(data);
        for (int field = 1; field <= 4; field++)
        {
            uint tag = reader.ReadTag();
            Assert.Equal(field, reader.FieldNumber);
            reader.SkipField(tag);
        }

        Assert.Equal(WireFormat.MakeTag(5, WireType.Varint), reader.ReadTag());
        Assert.Equal(7, reader.ReadInt32());
        Assert.Equal(0u, reader.ReadTag());
    }

    [Fact]
    public void Nested_message_reader_covers_exactly_the_embedded_bytes_one_level_deeper()
    {
        byte[] data = new Bytes()
            .LengthDelimited(7, new Bytes().Tag(1, 0).Varint(42))
            .Tag(2, 0).Varint(9);
        ProtoReader reader = new(data);
        Assert.Equal(WireFormat.MakeTag(7, WireType.LengthDelimited), reader.ReadTag());
        ProtoReader nested = reader.ReadMessage();
        Assert.Equal(1, nested.Depth);
        Assert.Equal(2, nested.Remaining);
        Assert.Equal(WireFormat.MakeTag(1, WireType.Varint), nested.ReadTag());
        Assert.Equal(42, nested.ReadInt32());
        Assert.Equal(0u, nested.ReadTag());

        Assert.Equal(0, reader.Depth);
        Assert.Equal(WireFormat.MakeTag(2, WireType.Varint), reader.ReadTag());
        Assert.Equal(9, reader.ReadInt32());
        Assert.True(reader.IsAtEnd);
    }

    [Fact]
    public void Packed_reader_stays_at_the_same_depth_and_counts_its_varints()
    {
        byte[] data = new Bytes().LengthDelimited(4, new Bytes().Varint(1).Varint(300).Varint(ulong.MaxValue));
        ProtoReader reader = new(data);
        reader.ReadTag();
        ProtoReader packed = reader.ReadPacked();
        Assert.Equal(0, packed.Depth);
        Assert.Equal(3, packed.CountRemainingVarints());
        Assert.Equal(1UL, packed.ReadVarint64());
        Assert.Equal(2, packed.CountRemainingVarints());
        Assert.Equal(300UL, packed.ReadVarint64());
        Assert.Equal(ulong.MaxValue, packed.ReadVarint64());
        Assert.True(packed.IsAtEnd);
        Assert.True(reader.IsAtEnd);
    }

    [Theory]
    [InlineData(0, ProtocolLimitsAttribute.DefaultMaxDepth)]
    [InlineData(-5, ProtocolLimitsAttribute.DefaultMaxDepth)]
    [InlineData(1, 1)]
    [InlineData(100, 100)]
    [InlineData(ProtocolLimitsAttribute.MaxSupportedDepth, ProtocolLimitsAttribute.MaxSupportedDepth)]
    [InlineData(100_000, ProtocolLimitsAttribute.MaxSupportedDepth)]
    public void Max_depth_is_clamped_to_the_supported_range(int requested, int expected)
    {
        ProtoReader reader = new(ReadOnlySpan<byte>.Empty, requested);
        Assert.Equal(expected, reader.MaxDepth);
    }

    [Fact]
    public void Default_max_depth_is_64()
    {
        ProtoReader reader = new(ReadOnlySpan<byte>.Empty);
        Assert.Equal(64, reader.MaxDepth);
    }

    [Fact]
    public void Restrict_depth_only_narrows()
    {
        ProtoReader reader = new(ReadOnlySpan<byte>.Empty, maxDepth: 10);
        reader.RestrictDepth(20);
        Assert.Equal(10, reader.MaxDepth);
        reader.RestrictDepth(3);
        Assert.Equal(3, reader.MaxDepth);
        reader.RestrictDepth(int.MaxValue);
        Assert.Equal(3, reader.MaxDepth);
    }
}
