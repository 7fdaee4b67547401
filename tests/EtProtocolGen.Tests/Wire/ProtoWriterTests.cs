using System;
using EtProtocolGen.Wire;
using Xunit;

namespace EtProtocolGen.Tests.Wire;

/// <summary>Exact bytes the writer produces, checked against the protobuf encoding written out by hand.</summary>
public class ProtoWriterTests
{
    private delegate void WriterAction(ref ProtoWriter writer);

    private static byte[] Write(int capacity, WriterAction action)
    {
        byte[] buffer = new byte[capacity];
        ProtoWriter writer = new(buffer);
        action(ref writer);
        return buffer.AsSpan(0, writer.Position).ToArray();
    }

    [Theory]
    [InlineData(0UL, new byte[] { 0x00 })]
    [InlineData(1UL, new byte[] { 0x01 })]
    [InlineData(127UL, new byte[] { 0x7F })]
    [InlineData(128UL, new byte[] { 0x80, 0x01 })]
    [InlineData(300UL, new byte[] { 0xAC, 0x02 })]
    [InlineData(16_383UL, new byte[] { 0xFF, 0x7F })]
    [InlineData(16_384UL, new byte[] { 0x80, 0x80, 0x01 })]
    [InlineData(ulong.MaxValue, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 })]
    public void Varint64_is_little_endian_base_128(ulong value, byte[] expected)
    {
        Assert.Equal(expected, Write(10, (ref ProtoWriter w) => w.WriteVarint64(value)));
        Assert.Equal(expected.Length, ProtoSize.Varint64(value));

        // Exactly sized (checked per byte) and with room to spare (the unchecked path) write the same bytes.
        Assert.Equal(expected, Write(expected.Length, (ref ProtoWriter w) => w.WriteVarint64(value)));
        Assert.Equal(expected, Write(32, (ref ProtoWriter w) => w.WriteVarint64(value)));
    }

    /// <summary>
    /// A fixed-width value makes one bounds check for all its bytes (a slice of the span): with a byte too few left (also at a
    /// position past the end, where a reserved length prefix can leave the writer) it throws, and writes nothing.
    /// </summary>
    [Theory]
    [InlineData(4, 0)]
    [InlineData(4, 1)]
    [InlineData(8, 0)]
    [InlineData(8, 5)]
    public void A_fixed_value_without_room_for_all_its_bytes_is_refused_before_any_is_written(int width, int start)
    {
        byte[] buffer = new byte[start + width - 1];
        Assert.Throws<ArgumentOutOfRangeException>(() =>
        {
            ProtoWriter writer = new(buffer);
            for (int i = 0; i < start; i++)
            {
                writer.WriteRawByte(0);
            }

            if (width == 4)
            {
                writer.WriteFixed32(uint.MaxValue);
            }
            else
            {
                writer.WriteFixed64(ulong.MaxValue);
            }
        });
        Assert.All(buffer, b => Assert.Equal(0, b));

        Assert.Throws<ArgumentOutOfRangeException>(() =>
        {
            ProtoWriter writer = new(new byte[1]);
            writer.BeginLengthDelimited();
            writer.BeginLengthDelimited();
            writer.WriteFixed32(0);
        });
    }

    /// <summary>Every varint width at both its ends and in between, against the encoding written out 7 bits at a time.</summary>
    public static TheoryData<ulong> VarintWidths()
    {
        var values = new TheoryData<ulong>();
        for (int bits = 7; bits < 64; bits += 7)
        {
            ulong first = 1UL << bits;
            values.Add(first - 1);
            values.Add(first);
            values.Add(first + (first >> 1) + 0x55);
        }

        values.Add(1_846_290_600_000_000UL);
        values.Add(ulong.MaxValue);
        return values;
    }

    /// <summary>
    /// Varints of 4 to 8 bytes (such as 64-bit ids) are written as whole words, not a byte at a time: the same bytes as the
    /// byte loop, exactly as many as <see cref="ProtoSize.Varint64"/> counts, and nothing written past them.
    /// </summary>
    [Theory]
    [MemberData(nameof(VarintWidths))]
    public void A_varint_of_any_width_is_its_7_bit_groups_and_touches_no_byte_past_its_end(ulong value)
    {
        var expected = new System.Collections.Generic.List<byte>();
        for (ulong rest = value; ; rest >>= 7)
        {
            if (rest < 0x80)
            {
                expected.Add((byte)rest);
                break;
            }

            expected.Add((byte)(rest | 0x80));
        }

        Assert.Equal(expected.Count, ProtoSize.Varint64(value));
        Assert.Equal(expected.ToArray(), Write(expected.Count, (ref ProtoWriter w) => w.WriteVarint64(value)));

        byte[] roomy = new byte[32];
        roomy.AsSpan().Fill(0xEE);
        ProtoWriter writer = new(roomy);
        writer.WriteRawByte(0x08);
        writer.WriteVarint64(value);
        Assert.Equal(1 + expected.Count, writer.Position);
        Assert.Equal(expected.ToArray(), roomy.AsSpan(1, expected.Count).ToArray());
        Assert.All(roomy.AsSpan(1 + expected.Count).ToArray(), b => Assert.Equal(0xEE, b));
    }

    [Theory]
    [InlineData(0u, new byte[] { 0x00 })]
    [InlineData(150u, new byte[] { 0x96, 0x01 })]
    [InlineData(uint.MaxValue, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x0F })]
    public void Varint32_is_little_endian_base_128(uint value, byte[] expected) =>
        Assert.Equal(expected, Write(5, (ref ProtoWriter w) => w.WriteVarint32(value)));

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Negative_int32_is_sign_extended_to_ten_bytes(int value)
    {
        byte[] bytes = Write(10, (ref ProtoWriter w) => w.WriteInt32(value));
        Assert.Equal(10, bytes.Length);
        Assert.Equal(0x01, bytes[9]);
        Assert.Equal(Write(10, (ref ProtoWriter w) => w.WriteInt64(value)), bytes);
    }

    [Theory]
    [InlineData(0, 0u)]
    [InlineData(-1, 1u)]
    [InlineData(1, 2u)]
    [InlineData(-2, 3u)]
    [InlineData(int.MaxValue, 0xFFFF_FFFEu)]
    [InlineData(int.MinValue, 0xFFFF_FFFFu)]
    public void ZigZag32_maps_small_magnitudes_to_small_values(int value, uint zigzag)
    {
        Assert.Equal(zigzag, WireFormat.EncodeZigZag32(value));
        Assert.Equal(value, WireFormat.DecodeZigZag32(zigzag));
        Assert.Equal(Write(5, (ref ProtoWriter w) => w.WriteVarint32(zigzag)), Write(5, (ref ProtoWriter w) => w.WriteSInt32(value)));
    }

    [Theory]
    [InlineData(0L, 0UL)]
    [InlineData(-1L, 1UL)]
    [InlineData(1L, 2UL)]
    [InlineData(long.MaxValue, 0xFFFF_FFFF_FFFF_FFFEUL)]
    [InlineData(long.MinValue, 0xFFFF_FFFF_FFFF_FFFFUL)]
    public void ZigZag64_maps_small_magnitudes_to_small_values(long value, ulong zigzag)
    {
        Assert.Equal(zigzag, WireFormat.EncodeZigZag64(value));
        Assert.Equal(value, WireFormat.DecodeZigZag64(zigzag));
        Assert.Equal(Write(10, (ref ProtoWriter w) => w.WriteVarint64(zigzag)), Write(10, (ref ProtoWriter w) => w.WriteSInt64(value)));
    }

    [Fact]
    public void Fixed_values_are_little_endian()
    {
        Assert.Equal(new byte[] { 0x78, 0x56, 0x34, 0x12 }, Write(4, (ref ProtoWriter w) => w.WriteFixed32(0x12345678u)));
        Assert.Equal(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF }, Write(4, (ref ProtoWriter w) => w.WriteSFixed32(-1)));
        Assert.Equal(new byte[] { 0xEF, 0xCD, 0xAB, 0x89, 0x67, 0x45, 0x23, 0x01 }, Write(8, (ref ProtoWriter w) => w.WriteFixed64(0x0123456789ABCDEFUL)));
        Assert.Equal(new byte[] { 0, 0, 0, 0, 0, 0, 0, 0x80 }, Write(8, (ref ProtoWriter w) => w.WriteSFixed64(long.MinValue)));
    }

    [Fact]
    public void Float_and_double_keep_their_exact_bits()
    {
        Assert.Equal(new byte[] { 0, 0, 0x80, 0x3F }, Write(4, (ref ProtoWriter w) => w.WriteFloat(1f)));
        Assert.Equal(new byte[] { 0, 0, 0, 0x80 }, Write(4, (ref ProtoWriter w) => w.WriteFloat(-0f)));
        Assert.Equal(new byte[] { 0, 0, 0, 0, 0, 0, 0xF0, 0x3F }, Write(8, (ref ProtoWriter w) => w.WriteDouble(1d)));
        Assert.Equal(new byte[] { 0, 0, 0, 0, 0, 0, 0, 0x80 }, Write(8, (ref ProtoWriter w) => w.WriteDouble(-0d)));

        // A NaN with a payload must come back with the same payload, not canonicalised.
        float nan = BitConverter.Int32BitsToSingle(0x7FC0_1234);
        Assert.Equal(new byte[] { 0x34, 0x12, 0xC0, 0x7F }, Write(4, (ref ProtoWriter w) => w.WriteFloat(nan)));
        double nan64 = BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8_0000_0000_0001UL));
        Assert.Equal(new byte[] { 1, 0, 0, 0, 0, 0, 0xF8, 0xFF }, Write(8, (ref ProtoWriter w) => w.WriteDouble(nan64)));
    }

    [Fact]
    public void Bool_is_a_one_byte_varint()
    {
        Assert.Equal(new byte[] { 1 }, Write(1, (ref ProtoWriter w) => w.WriteBool(true)));
        Assert.Equal(new byte[] { 0 }, Write(1, (ref ProtoWriter w) => w.WriteBool(false)));
    }

    [Fact]
    public void Tags_combine_field_number_and_wire_type()
    {
        Assert.Equal(new byte[] { 0x08 }, Write(5, (ref ProtoWriter w) => w.WriteTag(WireFormat.MakeTag(1, WireType.Varint))));
        Assert.Equal(new byte[] { 0x7A }, Write(5, (ref ProtoWriter w) => w.WriteTag(WireFormat.MakeTag(15, WireType.LengthDelimited))));
        Assert.Equal(new byte[] { 0x85, 0x01 }, Write(5, (ref ProtoWriter w) => w.WriteTag(WireFormat.MakeTag(16, WireType.Fixed32))));
        Assert.Equal(new byte[] { 0xF9, 0xFF, 0xFF, 0xFF, 0x0F }, Write(5, (ref ProtoWriter w) => w.WriteTag(WireFormat.MakeTag(WireFormat.MaxFieldNumber, WireType.Fixed64))));
        uint tag = WireFormat.MakeTag(12345, WireType.Fixed32);
        Assert.Equal(12345, WireFormat.GetFieldNumber(tag));
        Assert.Equal(WireType.Fixed32, WireFormat.GetWireType(tag));
    }

    [Fact]
    public void Strings_are_length_prefixed_utf8()
    {
        Assert.Equal(new byte[] { 0 }, Write(1, (ref ProtoWriter w) => w.WriteString("")));
        Assert.Equal(new byte[] { 2, (byte)'h', (byte)'i' }, Write(3, (ref ProtoWriter w) => w.WriteString("hi")));
        Assert.Equal(new byte[] { 7, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80 }, Write(8, (ref ProtoWriter w) => w.WriteString("€😀")));
        Assert.Equal(new byte[] { 3, 0xE2, 0x82, 0xAC }, Write(4, (ref ProtoWriter w) => w.WriteString("€", 3)));
    }

    [Fact]
    public void Long_strings_get_a_multi_byte_prefix()
    {
        string value = new('a', 200);
        byte[] bytes = Write(202, (ref ProtoWriter w) => w.WriteString(value));
        Assert.Equal(new byte[] { 0xC8, 0x01 }, bytes[..2]);
        Assert.Equal(202, bytes.Length);
        Assert.Equal(ProtoSize.String(value), bytes.Length);
    }

    [Fact]
    public void Bytes_are_length_prefixed()
    {
        Assert.Equal(new byte[] { 0 }, Write(1, (ref ProtoWriter w) => w.WriteBytes(ReadOnlySpan<byte>.Empty)));
        Assert.Equal(new byte[] { 3, 9, 8, 7 }, Write(4, (ref ProtoWriter w) => w.WriteBytes(new byte[] { 9, 8, 7 })));
        Assert.Equal(new byte[] { 0x81, 0x01 }, Write(2, (ref ProtoWriter w) => w.WriteLength(129)));
        Assert.Equal(new byte[] { 0x2A }, Write(1, (ref ProtoWriter w) => w.WriteRawByte(0x2A)));
    }

    [Fact]
    public void Position_counts_every_byte_written()
    {
        byte[] buffer = new byte[64];
        ProtoWriter writer = new(buffer);
        writer.WriteTag(WireFormat.MakeTag(1, WireType.Varint));
        writer.WriteInt32(-5);
        writer.WriteTag(WireFormat.MakeTag(2, WireType.Fixed64));
        writer.WriteDouble(2.5);
        writer.WriteTag(WireFormat.MakeTag(3, WireType.LengthDelimited));
        writer.WriteString("é");
        Assert.Equal(1 + 10 + 1 + 8 + 1 + 3, writer.Position);
    }

    /// <summary>
    /// Short strings (up to 42 chars) take a path that encodes first and writes the one-byte length after, as do strings
    /// whose prefix width does not depend on their UTF-8 length (128 to 5,461 chars); the others count first. Around these
    /// boundaries, with 1-, 2-, 3- and 4-byte characters and a lone surrogate, every path must give the length-prefixed
    /// UTF-8 that Encoding.UTF8 produces, in exactly the space ProtoSize.String reserves.
    /// </summary>
    [Theory]
    [InlineData("a")]
    [InlineData("\u00e9")]
    [InlineData("\u4e2d")]
    [InlineData("\ud83d\ude00")]
    [InlineData("\ud800")]
    public void Strings_around_the_one_byte_length_boundary_are_exact_utf8(string unit)
    {
        // 1-50: the one-byte prefix; 120-135 and 5,455-5,470 chars: where the widths of the shortest and longest UTF-8
        // forms' prefixes start and stop being equal (encoded without counting first), each with its neighbours.
        int[] counts = [.. System.Linq.Enumerable.Range(1, 50), .. System.Linq.Enumerable.Range(120, 16), .. System.Linq.Enumerable.Range(5_455, 16)];
        foreach (int count in counts)
        {
            string value = string.Concat(System.Linq.Enumerable.Repeat(unit, count));
            byte[] utf8 = System.Text.Encoding.UTF8.GetBytes(value);
            byte[] prefix = Write(5, (ref ProtoWriter w) => w.WriteVarint32((uint)utf8.Length));
            byte[] expected = [.. prefix, .. utf8];

            Assert.Equal(expected.Length, ProtoSize.String(value));
            Assert.Equal(expected, Write(ProtoSize.String(value), (ref ProtoWriter w) => w.WriteString(value)));
        }
    }
    /// <summary>
    /// An embedded value is written after a one-byte placeholder for its length; a value of 128 bytes or more moves up behind
    /// its longer prefix. Around each prefix width, and with the varint written near the end of an exactly sized buffer
    /// (where the writer cannot use its unchecked room-for-ten-bytes path), the bytes are the prefix and the value.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(16_383)]
    [InlineData(16_384)]
    public void An_embedded_value_moves_up_behind_a_longer_length_prefix(int length)
    {
        byte[] value = new byte[length];
        for (int i = 0; i < length; i++)
        {
            value[i] = (byte)(i * 7);
        }

        byte[] prefix = Write(5, (ref ProtoWriter w) => w.WriteLength(length));
        byte[] expected = [0x12, .. prefix, .. value, 0x08, 0x96, 0x01];
        byte[] written = Write(expected.Length, (ref ProtoWriter w) =>
        {
            w.WriteRawByte(0x12);
            int at = w.BeginLengthDelimited();
            foreach (byte b in value)
            {
                w.WriteRawByte(b);
            }

            w.EndLengthDelimited(at);
            w.WriteRawByte(0x08);
            w.WriteUInt32(150);
        });

        Assert.Equal(expected, written);
    }

    /// <summary>
    /// A value the generator knows is under 128 bytes (a message of fixed-size fields, a map entry of numbers) ends with its
    /// one-byte length written in place: the same bytes as the general end, up to the longest such value.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(127)]
    public void A_short_value_ends_with_the_same_one_byte_length_as_any_value(int length)
    {
        byte[] Written(bool isShort) => Write(length + 4, (ref ProtoWriter w) =>
        {
            w.WriteRawByte(0x12);
            int at = w.BeginLengthDelimited();
            for (int i = 0; i < length; i++)
            {
                w.WriteRawByte((byte)i);
            }

            if (isShort)
            {
                w.EndShortLengthDelimited(at);
            }
            else
            {
                w.EndLengthDelimited(at);
            }

            w.WriteRawByte(0x08);
        });

        byte[] expected = Written(isShort: false);
        Assert.Equal(length + 3, expected.Length);
        Assert.Equal((byte)length, expected[1]);
        Assert.Equal(expected, Written(isShort: true));
    }

    /// <summary>
    /// A map entry of two varints, written with one bounds check where the span has room for the longest (23 bytes) and byte by
    /// byte nearer its end, is the same bytes as the general entry (length, key tag and varint, value tag and varint), at every
    /// varint width, and a span a byte too short refuses it.
    /// </summary>
    [Theory]
    [InlineData(0UL, 0UL)]
    [InlineData(1000UL, 100_001UL)]
    [InlineData(ulong.MaxValue, ulong.MaxValue)]
    [InlineData(127UL, 1_846_290_600_000_000UL)]
    [InlineData(1UL << 56, 1UL << 21)]
    public void A_map_entry_of_two_varints_is_the_general_entry(ulong key, ulong value)
    {
        byte[] General(int capacity) => Write(capacity, (ref ProtoWriter w) =>
        {
            int at = w.BeginLengthDelimited();
            w.WriteRawByte(0x08);
            w.WriteVarint64(key);
            w.WriteRawByte(0x10);
            w.WriteVarint64(value);
            w.EndLengthDelimited(at);
        });

        byte[] expected = General(32);
        Assert.Equal(3 + ProtoSize.Varint64(key) + ProtoSize.Varint64(value), expected.Length);
        Assert.Equal(expected, Write(32, (ref ProtoWriter w) => w.WriteVarintMapEntry(key, value)));
        Assert.Equal(expected, Write(expected.Length, (ref ProtoWriter w) => w.WriteVarintMapEntry(key, value)));

        byte[] roomy = new byte[40];
        roomy.AsSpan().Fill(0xEE);
        ProtoWriter writer = new(roomy);
        writer.WriteVarintMapEntry(key, value);
        Assert.Equal(expected.Length, writer.Position);
        Assert.All(roomy.AsSpan(expected.Length).ToArray(), b => Assert.Equal(0xEE, b));

        Assert.Throws<IndexOutOfRangeException>(() => Write(expected.Length - 1, (ref ProtoWriter w) => w.WriteVarintMapEntry(key, value)));
    }

    /// <summary>
    /// Generated WriteFields writes through a copy of the writer and stores it back at the end; the copy carries the span and
    /// the position, so what a nested message writes through its own copy continues where the enclosing one left off.
    /// </summary>
    [Fact]
    public void A_copy_of_the_writer_stored_back_continues_where_the_copy_left_off()
    {
        byte[] written = Write(32, (ref ProtoWriter w) =>
        {
            var local = w;
            local.WriteRawByte(0x0A);
            int at = local.BeginLengthDelimited();
            WriteNested(ref local);
            local.EndLengthDelimited(at);
            local.WriteRawByte(0x10);
            local.WriteInt64(300);
            w = local;
        });

        Assert.Equal(new byte[] { 0x0A, 0x04, 0x0A, 0x02, (byte)'h', (byte)'i', 0x10, 0xAC, 0x02 }, written);

        static void WriteNested(ref ProtoWriter writer)
        {
            var local = writer;
            local.WriteRawByte(0x0A);
            local.WriteString("hi");
            writer = local;
        }
    }
}
