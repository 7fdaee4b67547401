using System;
using EtProtocolGen.Tests.Infrastructure;
using EtProtocolGen.Wire;
using Xunit;

namespace EtProtocolGen.Tests.Wire;

/// <summary>The RpcId of a request is read from its payload without decoding it, in every encoding, and never throws.</summary>
public class RpcIdReaderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(int.MaxValue)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void A_varint_RpcId_is_read_as_protobuf_int32(int value)
    {
        // int32 negatives are encoded as 10-byte varints (sign-extended to 64 bits).
        byte[] payload = new Bytes().Tag(1, 0).Varint((ulong)(long)value).Tag(2, 0).Varint(5);

        Assert.True(RpcIdReader.TryPeek(payload, 1, FieldEncoding.Default, out int rpcId));
        Assert.Equal(value, rpcId);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void ZigZag_and_fixed_RpcIds_are_read_in_their_encodings(int value)
    {
        byte[] zigzag = new Bytes().Tag(3, 0).Varint(WireFormat.EncodeZigZag32(value));
        byte[] fixed32 = new Bytes().Tag(3, 5).Raw(BitConverter.GetBytes(value));

        Assert.True(RpcIdReader.TryPeek(zigzag, 3, FieldEncoding.ZigZag, out int fromZigZag));
        Assert.True(RpcIdReader.TryPeek(fixed32, 3, FieldEncoding.Fixed, out int fromFixed));
        Assert.Equal(value, fromZigZag);
        Assert.Equal(value, fromFixed);
    }

    [Fact]
    public void Fields_before_the_RpcId_are_skipped_whatever_their_wire_type()
    {
        byte[] payload = new Bytes()
            .LengthDelimited(2, new byte[300])
            .Tag(3, 1).Raw(new byte[8])
            .Tag(4, 5).Raw(new byte[4])
            .Tag(5, 0).Varint(ulong.MaxValue)
            .LengthDelimited(6, new Bytes().Tag(1, 0).Varint(99))
            .Tag(1, 0).Varint(42);

        Assert.True(RpcIdReader.TryPeek(payload, 1, FieldEncoding.Default, out int rpcId));
        Assert.Equal(42, rpcId);
    }

    [Fact]
    public void The_first_occurrence_is_read()
    {
        byte[] payload = new Bytes().Tag(1, 0).Varint(7).Tag(1, 0).Varint(8);

        Assert.True(RpcIdReader.TryPeek(payload, 1, FieldEncoding.Default, out int rpcId));
        Assert.Equal(7, rpcId);
    }

    [Fact]
    public void An_absent_RpcId_is_not_found()
    {
        Assert.False(RpcIdReader.TryPeek(ReadOnlySpan<byte>.Empty, 1, FieldEncoding.Default, out int empty));
        Assert.False(RpcIdReader.TryPeek(new Bytes().Tag(2, 0).Varint(1), 1, FieldEncoding.Default, out int other));
        Assert.Equal(0, empty);
        Assert.Equal(0, other);
    }

    public static TheoryData<byte[]> Malformed => new()
    {
        new Bytes().Tag(1, 0).Raw(0x80),                                     // varint cut short
        new Bytes().Tag(1, 0).Raw(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01), // 11-byte varint
        new Bytes().Tag(2, 2).Varint(1000).Raw(1, 2, 3).Tag(1, 0).Varint(5), // length past the end before the RpcId
        Bytes.Of(0x00, 0x08, 0x05),                                          // field number 0
        new Bytes().Tag(2, 3).Tag(1, 0).Varint(5),                           // group wire type
        new Bytes().Tag(1, 2).Varint(1).Raw(5),                              // RpcId with the wrong wire type
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_input_yields_false_and_zero_without_throwing(byte[] payload)
    {
        Assert.False(RpcIdReader.TryPeek(payload, 1, FieldEncoding.Default, out int rpcId));
        Assert.Equal(0, rpcId);
    }

    [Fact]
    public void Peeking_a_well_formed_payload_allocates_nothing()
    {
        byte[] payload = new Bytes().LengthDelimited(2, new byte[1000]).Tag(1, 0).Varint(123_456);

        long allocated = Allocations.Of(() => RpcIdReader.TryPeek(payload, 1, FieldEncoding.Default, out _));

        Assert.Equal(0, allocated);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(WireFormat.MaxFieldNumber + 1)]
    public void A_field_number_outside_protobufs_range_is_a_caller_error(int fieldNumber)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RpcIdReader.TryPeek(new byte[] { 0x08, 0x01 }, fieldNumber, FieldEncoding.Default, out _));
    }
}
