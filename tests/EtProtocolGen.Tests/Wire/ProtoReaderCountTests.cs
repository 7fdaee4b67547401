using System;
using EtProtocolGen.Tests.Infrastructure;
using EtProtocolGen.Wire;
using Xunit;

namespace EtProtocolGen.Tests.Wire;

/// <summary>
/// <see cref="ProtoReader.CountRepeated"/>, which sizes a repeated field's list or map once: it counts the field's elements from
/// the one whose tag was just read to the end of the message, whether an element's tag and length take one byte (the scan's
/// fast path) or more, and never fails on malformed bytes.
/// </summary>
public class ProtoReaderCountTests
{
    private const uint Field2 = (2 << 3) | 2;

    [Fact]
    public void Counts_the_field_among_other_fields_of_every_wire_type()
    {
        byte[] data = new Bytes()
            .LengthDelimited(2, new byte[] { 1, 2, 3 })
            .Tag(1, 0).Varint(300)
            .LengthDelimited(2, Array.Empty<byte>())
            .Tag(3, 1).Raw(new byte[8])
            .LengthDelimited(4, new byte[5])
            .Tag(5, 5).Raw(new byte[4])
            .LengthDelimited(2, new byte[200]) // a two-byte length: the general path
            .LengthDelimited(2, new byte[7]);

        Assert.Equal(4, CountFromFirst(data, Field2));
    }

    [Fact]
    public void Counts_a_field_whose_tag_takes_two_bytes()
    {
        const int fieldNumber = 300;
        uint tag = (fieldNumber << 3) | 2;
        byte[] data = new Bytes()
            .LengthDelimited(fieldNumber, new byte[] { 1 })
            .LengthDelimited(1, new byte[] { 9 })
            .LengthDelimited(fieldNumber, new byte[] { 2, 3 });

        Assert.Equal(2, CountFromFirst(data, tag));
    }

    [Fact]
    public void Counts_unpacked_varint_elements()
    {
        const uint tag = 2 << 3;
        byte[] data = new Bytes().Tag(2, 0).Varint(1).Tag(2, 0).Varint(100_000).Tag(1, 2).Varint(1).Raw(0).Tag(2, 0).Varint(5);

        Assert.Equal(3, CountFromFirst(data, tag));
    }

    [Fact]
    public void Stops_at_the_cap()
    {
        var bytes = new Bytes();
        for (int i = 0; i < 10; i++)
        {
            bytes.LengthDelimited(2, new byte[] { (byte)i });
        }

        byte[] data = bytes;
        Assert.Equal(4, CountFromFirst(data, Field2, max: 4));
        Assert.Equal(10, CountFromFirst(data, Field2));
    }

    [Fact]
    public void An_element_whose_length_passes_the_end_is_counted_and_ends_the_scan()
    {
        // One-byte tag and length: the fast path sees a length of 9 with 2 bytes left.
        byte[] data = new Bytes().LengthDelimited(2, new byte[] { 1 }).Tag(2, 2).Varint(9).Raw(1, 2);
        Assert.Equal(2, CountFromFirst(data, Field2));
    }

    [Fact]
    public void Malformed_bytes_after_an_element_end_the_scan_without_failing()
    {
        byte[] truncatedTag = new Bytes().LengthDelimited(2, new byte[] { 1 }).LengthDelimited(2, new byte[] { 2 }).Raw(0x80);
        byte[] badWireType = new Bytes().LengthDelimited(2, new byte[] { 1 }).Tag(1, 3).LengthDelimited(2, new byte[] { 2 });
        byte[] truncatedLength = new Bytes().LengthDelimited(2, new byte[] { 1 }).Tag(2, 2).Raw(0x80);

        Assert.Equal(2, CountFromFirst(truncatedTag, Field2));
        Assert.Equal(1, CountFromFirst(badWireType, Field2));
        Assert.Equal(2, CountFromFirst(truncatedLength, Field2));
    }

    private static int CountFromFirst(byte[] data, uint tag, int max = 0)
    {
        ProtoReader reader = new(data);
        Assert.Equal(tag, reader.ReadTag());
        int count = reader.CountRepeated(tag, max);
        Assert.Equal(ProtocolError.None, reader.Error);
        Assert.Equal(0, reader.Position - TagLength(tag));
        return count;
    }

    private static int TagLength(uint tag) => tag < 0x80 ? 1 : 2;
}
