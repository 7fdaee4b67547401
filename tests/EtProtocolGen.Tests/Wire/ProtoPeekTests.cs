using System;
using CsCheck;
using EtProtocolGen.Tests.Infrastructure;
using EtProtocolGen.Tests.Interop;
using EtProtocolGen.Tests.Protocol;
using EtProtocolGen.Wire;
using Xunit;

namespace EtProtocolGen.Tests.Wire;

/// <summary>
/// <see cref="ProtoPeek.TryReadInt32"/>, which answers a request refused before decoding with its RpcId: it finds what the
/// generated decoder would assign, and never throws on hostile bytes.
/// </summary>
public class ProtoPeekTests
{
    [Fact]
    public void An_absent_field_reads_as_zero()
    {
        byte[] data = new Bytes().Tag(2, 0).Varint(7).LengthDelimited(3, Bytes.Of(1, 2, 3));
        Assert.True(ProtoPeek.TryReadInt32(data, 1, FieldEncoding.Default, out int value));
        Assert.Equal(0, value);
        Assert.True(ProtoPeek.TryReadInt32(ReadOnlySpan<byte>.Empty, 1, FieldEncoding.Default, out value));
        Assert.Equal(0, value);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(int.MaxValue)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void A_varint_field_reads_as_int32_does(int rpcId)
    {
        // Negative int32 values are sign-extended to ten bytes on the wire.
        byte[] data = new Bytes().LengthDelimited(2, Bytes.Of(9, 9)).Tag(1, 0).Varint((ulong)(long)rpcId).Tag(3, 5).Raw(1, 2, 3, 4);
        Assert.True(ProtoPeek.TryReadInt32(data, 1, FieldEncoding.Default, out int value));
        Assert.Equal(rpcId, value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void A_zigzag_field_is_decoded(int rpcId)
    {
        byte[] data = new Bytes().Tag(5, 0).Varint(WireFormat.EncodeZigZag32(rpcId));
        Assert.True(ProtoPeek.TryReadInt32(data, 5, FieldEncoding.ZigZag, out int value));
        Assert.Equal(rpcId, value);
    }

    [Fact]
    public void A_fixed_field_is_read_little_endian()
    {
        byte[] data = new Bytes().Tag(16, 1).Raw(0, 0, 0, 0, 0, 0, 0, 0).Tag(4, 5).Raw(0xFE, 0xFF, 0xFF, 0xFF);
        Assert.True(ProtoPeek.TryReadInt32(data, 4, FieldEncoding.Fixed, out int value));
        Assert.Equal(-2, value);
    }

    [Fact]
    public void Fields_before_the_RpcId_are_skipped_whatever_their_wire_type_and_nested_messages_are_not_entered()
    {
        byte[] data = new Bytes()
            .LengthDelimited(2, new byte[300])
            .Tag(3, 1).Raw(new byte[8])
            .Tag(4, 5).Raw(new byte[4])
            .Tag(5, 0).Varint(ulong.MaxValue)
            .LengthDelimited(6, new Bytes().Tag(1, 0).Varint(99))
            .Tag(1, 0).Varint(42);

        Assert.True(ProtoPeek.TryReadInt32(data, 1, FieldEncoding.Default, out int value));
        Assert.Equal(42, value);
    }

    [Fact]
    public void The_last_occurrence_wins_as_in_the_decoder()
    {
        byte[] data = new Bytes().Tag(1, 0).Varint(5).Tag(2, 0).Varint(1).Tag(1, 0).Varint(6);
        Assert.True(ProtoPeek.TryReadInt32(data, 1, FieldEncoding.Default, out int value));
        Assert.Equal(6, value);
    }

    [Fact]
    public void An_occurrence_with_another_wire_type_is_skipped_as_in_the_decoder()
    {
        byte[] data = new Bytes().Tag(1, 0).Varint(5).Tag(1, 5).Raw(9, 0, 0, 0).LengthDelimited(1, Bytes.Of(8));
        Assert.True(ProtoPeek.TryReadInt32(data, 1, FieldEncoding.Default, out int value));
        Assert.Equal(5, value);
        Assert.True(ProtoPeek.TryReadInt32(data, 1, FieldEncoding.Fixed, out value));
        Assert.Equal(9, value);
    }

    public static TheoryData<byte[]> MalformedTopLevels => new()
    {
        Bytes.Of(0x08),                                           // varint value missing
        Bytes.Of(0x08, 0x80),                                     // varint value cut
        new Bytes().Tag(1, 0).Raw(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01), // 11-byte varint
        Bytes.Of(0x0D, 1, 2, 3),                                  // fixed32 cut
        Bytes.Of(0x09, 1, 2, 3, 4, 5, 6, 7),                      // fixed64 cut
        Bytes.Of(0x12, 0x05, 1, 2),                               // length beyond the end
        Bytes.Of(0x12, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F),             // 4 GiB length
        Bytes.Of(0x0B),                                           // start group
        Bytes.Of(0x0C),                                           // end group
        Bytes.Of(0x0E),                                           // wire type 6
        Bytes.Of(0x0F),                                           // wire type 7
        Bytes.Of(0x00, 0x01),                                     // field number 0
        Bytes.Of(0x88, 0x80, 0x80, 0x80, 0x80, 0x00),             // six-byte tag
        Bytes.Of(0xF8, 0xFF, 0xFF, 0xFF, 0x7F, 0x01),             // tag above 32 bits
        new Bytes().Tag(1, 0).Varint(5).Raw(0x12),                // a good RpcId, then a cut field
    };

    [Theory]
    [MemberData(nameof(MalformedTopLevels))]
    public void A_malformed_top_level_reads_nothing(byte[] data)
    {
        Assert.False(ProtoPeek.TryReadInt32(data, 1, FieldEncoding.Default, out int value));
        Assert.Equal(0, value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(WireFormat.MaxFieldNumber + 1)]
    public void A_field_number_protobuf_cannot_have_reads_nothing(int fieldNumber) =>
        Assert.False(ProtoPeek.TryReadInt32(new Bytes().Tag(1, 0).Varint(5), fieldNumber, FieldEncoding.Default, out _));

    [Fact]
    public void The_largest_field_number_is_found()
    {
        byte[] data = new Bytes().Tag(WireFormat.MaxFieldNumber, 0).Varint(42);
        Assert.True(ProtoPeek.TryReadInt32(data, WireFormat.MaxFieldNumber, FieldEncoding.Default, out int value));
        Assert.Equal(42, value);
    }

    [Fact]
    public void Peeking_allocates_nothing_even_on_malformed_input()
    {
        byte[] data = new Bytes().LengthDelimited(12, new byte[300]).Tag(1, 0).Varint(77);
        byte[] malformed = new Bytes().Tag(1, 0).Varint(77).Raw(0x12, 0xFF);
        Assert.Equal(0, Allocations.Of(() => ProtoPeek.TryReadInt32(data, 1, FieldEncoding.Default, out _)));
        Assert.Equal(0, Allocations.Of(() => ProtoPeek.TryReadInt32(malformed, 1, FieldEncoding.Default, out _)));
    }

    // ---- against the generated decoder ---------------------------------------------------------------

    [Fact]
    public void Valid_messages_peek_what_the_decoder_reads() =>
        Property.Check(Gen.Select(MessageGens.Scalars, MessageGens.Encodings), pair =>
        {
            (Scalars scalars, Encodings encodings) = pair;
            AssertAgrees(Encoded.Bytes(scalars));
            AssertAgrees(Encoded.Bytes(encodings));
        }, iterations: 2_000);

    [Fact]
    public void Whenever_the_decoder_accepts_bytes_the_peek_agrees_and_it_never_throws()
    {
        // Mostly tags of the peeked fields (1 varint, 3 zigzag, 9 fixed32) and small lengths, so that repeats and wrong wire types come up.
        Gen<byte> likely = Gen.Frequency(
            (4, Gen.OneOf(Gen.Const((byte)0x08), Gen.Const((byte)0x18), Gen.Const((byte)0x4D), Gen.Const((byte)0x0D), Gen.Const((byte)0x0A))),
            (4, Gen.Byte[0, 8]),
            (2, Gen.Byte));
        Property.Check(likely.Array[0, 48], AssertAgrees, iterations: 5_000);
    }

    [Fact]
    public void Repeated_and_mistyped_occurrences_peek_what_the_decoder_reads()
    {
        // Well-formed top levels made of the peeked fields (1 varint, 3 zigzag, 9 fixed32) in every wire type, repeated, among
        // unknown fields: the cases where "last occurrence of the right wire type" matters.
        Gen<(int Field, int WireType, ulong Value)> field = Gen.Select(
            Gen.OneOf(Gen.Const(1), Gen.Const(3), Gen.Const(9), Gen.Const(20)),
            Gen.OneOf(Gen.Const(0), Gen.Const(1), Gen.Const(2), Gen.Const(5)),
            Gen.OneOf(Gen.ULong[0, 300], Gen.ULong, Gen.Int.Select(i => (ulong)(long)i)));
        Gen<byte[]> messages = field.Array[0, 8].Select(fields =>
        {
            var bytes = new Bytes();
            foreach ((int number, int wireType, ulong value) in fields)
            {
                bytes.Tag(number, wireType);
                _ = wireType switch
                {
                    0 => bytes.Varint(value),
                    1 => bytes.Raw(BitConverter.GetBytes(value)),
                    2 => bytes.Varint(2).Raw((byte)value, 0),
                    _ => bytes.Raw(BitConverter.GetBytes((uint)value)),
                };
            }

            return bytes.ToArray();
        });
        Property.Check(messages, AssertAgrees, iterations: 3_000);
    }

    private static void AssertAgrees(byte[] data)
    {
        bool peeked = ProtoPeek.TryReadInt32(data, 1, FieldEncoding.Default, out int int32);
        if (Scalars.TryParse(data, out Scalars scalars, out _))
        {
            Assert.True(peeked);
            Assert.Equal(scalars.Int32Value, int32);
        }

        peeked = ProtoPeek.TryReadInt32(data, 3, FieldEncoding.ZigZag, out int zigZag);
        bool fixedPeeked = ProtoPeek.TryReadInt32(data, 9, FieldEncoding.Fixed, out int fixed32);
        if (Encodings.TryParse(data, out Encodings encodings, out _))
        {
            Assert.True(peeked && fixedPeeked);
            Assert.Equal(encodings.ZigZagInt32, zigZag);
            Assert.Equal(encodings.FixedInt32, fixed32);
        }
    }
}
