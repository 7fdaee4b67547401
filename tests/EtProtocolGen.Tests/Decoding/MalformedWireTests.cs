using System.Linq;
using EtProtocolGen.Tests.Infrastructure;
using EtProtocolGen.Tests.Protocol;
using Xunit;

namespace EtProtocolGen.Tests.Decoding;

/// <summary>
/// Malformed wire data through the generated decoders: refused tags, wire types and varints, invalid UTF-8 and
/// values that do not fit their C# type end in the matching <see cref="ProtocolError"/>; unknown fields are skipped.
/// </summary>
public class MalformedWireTests
{
    // ---- wire types ------------------------------------------------------------------------------

    [Theory]
    [InlineData(3)] // start group
    [InlineData(4)] // end group
    [InlineData(6)] // undefined
    [InlineData(7)] // undefined
    public void Groups_and_undefined_wire_types_are_refused_on_known_and_unknown_fields(int wireType)
    {
        byte[] valid = new Bytes().Tag(1, 0).Varint(5);
        foreach (int field in new[] { 1, 2, 12, 99, 536_870_911 })
        {
            byte[] data = new Bytes().Raw(valid).Tag(field, wireType).Raw(0, 0, 0, 0, 0, 0, 0, 0);
            Messages.Scalars.Refuses(data, ProtocolError.InvalidWireType, field);
        }

        // Inside a nested message, the inner field is named.
        byte[] nested = new Bytes().LengthDelimited(1, new Bytes().Tag(2, wireType).Raw(0, 0, 0, 0));
        Messages.Nesting.Refuses(nested, ProtocolError.InvalidWireType, 2);

        // Inside a map entry.
        byte[] entry = new Bytes().LengthDelimited(2, new Bytes().Tag(1, wireType).Raw(0, 0, 0, 0));
        Messages.Maps.Refuses(entry, ProtocolError.InvalidWireType, 1);
    }

    [Fact]
    public void Known_field_with_another_valid_wire_type_is_skipped_like_an_unknown_field()
    {
        // Child.Id (varint) sent as a fixed32 and as bytes, Child.Name (string) sent as a varint: ignored, as
        // Google.Protobuf treats them, and the message's other fields still decode.
        byte[] data = new Bytes().Tag(1, 5).Raw(1, 2, 3, 4).Tag(1, 2).Varint(2).Raw(9, 9).Tag(2, 0).Varint(300).LengthDelimited(2, new[] { (byte)'x' });
        Child parsed = Messages.Child.Accepts(data);
        Assert.Equal(0, parsed.Id);
        Assert.Equal("x", parsed.Name);
    }

    // ---- field numbers ---------------------------------------------------------------------------

    [Theory]
    [InlineData(0x00)]
    [InlineData(0x01)]
    [InlineData(0x02)]
    [InlineData(0x05)]
    public void Field_number_zero_is_refused(byte tag)
    {
        byte[] data = new Bytes().Tag(1, 0).Varint(5).Raw(tag).Raw(0, 0, 0, 0, 0, 0, 0, 0);
        Messages.Scalars.Refuses(data, ProtocolError.InvalidFieldNumber, 0);
        Messages.Nesting.Refuses(new Bytes().LengthDelimited(1, new byte[] { tag, 0, 0, 0, 0, 0, 0, 0, 0 }), ProtocolError.InvalidFieldNumber, 0);
    }

    [Fact]
    public void Field_number_zero_written_as_a_padded_varint_is_refused()
    {
        Messages.Child.Refuses(new byte[] { 0x80, 0x80, 0x00 }, ProtocolError.InvalidFieldNumber, 0);
    }

    // ---- varints ---------------------------------------------------------------------------------

    [Fact]
    public void Eleven_byte_varint_value_is_refused()
    {
        byte[] eleven = Enumerable.Repeat((byte)0x80, 10).Append((byte)0x01).ToArray();
        Messages.Scalars.Refuses(new Bytes().Tag(2, 0).Raw(eleven), ProtocolError.MalformedVarint, 2);
        Messages.Repeateds.Refuses(new Bytes().LengthDelimited(1, eleven), ProtocolError.MalformedVarint, 1);
        Messages.Child.Refuses(new Bytes().Tag(7, 0).Raw(eleven), ProtocolError.MalformedVarint, 7);
    }

    [Fact]
    public void Eleven_byte_length_prefix_is_refused()
    {
        byte[] eleven = Enumerable.Repeat((byte)0x80, 10).Append((byte)0x00).ToArray();
        Messages.Scalars.Refuses(new Bytes().Tag(12, 2).Raw(eleven), ProtocolError.MalformedVarint, 12);
    }

    [Fact]
    public void Six_byte_tag_is_refused()
    {
        Messages.Child.Refuses(new byte[] { 0x88, 0x80, 0x80, 0x80, 0x80, 0x00, 0x01 }, ProtocolError.MalformedVarint, 0);
    }

    [Fact]
    public void Ten_byte_varint_is_the_longest_accepted()
    {
        byte[] minusOne = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 };
        Assert.Equal(-1, Messages.Scalars.Accepts(new Bytes().Tag(2, 0).Raw(minusOne)).Int64Value);

        // A padded (non-minimal) encoding of 1 is still 10 bytes and still 1.
        byte[] paddedOne = Enumerable.Repeat((byte)0x80, 9).Append((byte)0x00).ToArray();
        paddedOne[0] = 0x81;
        Assert.Equal(1, Messages.Scalars.Accepts(new Bytes().Tag(2, 0).Raw(paddedOne)).Int64Value);
    }

    [Fact]
    public void Padded_length_prefix_is_read_and_still_checked()
    {
        // A 6-byte encoding of length 3, as Google.Protobuf accepts it; the same padding on a too-long length is Truncated.
        byte[] paddedThree = { 0x83, 0x80, 0x80, 0x80, 0x80, 0x00 };
        Assert.Equal("abc", Messages.Scalars.Accepts(new Bytes().Tag(12, 2).Raw(paddedThree).Raw(0x61, 0x62, 0x63)).Text);
        Messages.Scalars.Refuses(new Bytes().Tag(12, 2).Raw(paddedThree).Raw(0x61, 0x62), ProtocolError.Truncated, 12);
    }

    [Theory]
    [InlineData(4, 5)]  // packed fixed32: 5 bytes is one element and a piece
    [InlineData(6, 7)]  // packed float
    [InlineData(7, 12)] // packed double: 12 bytes is one element and a half
    public void Packed_fixed_width_run_that_is_not_a_whole_number_of_elements_is_truncated(int field, int length)
    {
        Messages.Repeateds.Refuses(new Bytes().LengthDelimited(field, new byte[length]), ProtocolError.Truncated, field);
    }

    // ---- UTF-8 -----------------------------------------------------------------------------------

    [Theory]
    [InlineData(new byte[] { 0xC0, 0x80 })]             // overlong NUL
    [InlineData(new byte[] { 0xE0, 0x80, 0xAF })]       // overlong '/'
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]       // UTF-16 surrogate U+D800
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // above U+10FFFF
    [InlineData(new byte[] { 0xFF })]                   // never valid
    [InlineData(new byte[] { 0x80 })]                   // lone continuation byte
    [InlineData(new byte[] { 0x61, 0xE2, 0x82 })]       // '€' cut short at the end
    [InlineData(new byte[] { 0xE2, 0x82, 0x61 })]       // '€' cut short by ASCII
    public void Invalid_utf8_is_refused_in_every_kind_of_string_field(byte[] text)
    {
        Messages.Scalars.Refuses(new Bytes().LengthDelimited(12, text), ProtocolError.InvalidUtf8, 12);
        Messages.Bounded.Refuses(new Bytes().LengthDelimited(1, text), ProtocolError.InvalidUtf8, 1);
        Messages.Repeateds.Refuses(new Bytes().LengthDelimited(9, new byte[] { 0x61 }).LengthDelimited(9, text), ProtocolError.InvalidUtf8, 9);
        Messages.Maps.Refuses(new Bytes().LengthDelimited(1, new Bytes().LengthDelimited(1, text)), ProtocolError.InvalidUtf8, 1);
        Messages.Maps.Refuses(new Bytes().LengthDelimited(2, new Bytes().LengthDelimited(2, text)), ProtocolError.InvalidUtf8, 2);
        Messages.Nesting.Refuses(new Bytes().LengthDelimited(1, new Bytes().LengthDelimited(2, text)), ProtocolError.InvalidUtf8, 2);
    }

    [Fact]
    public void Bytes_fields_take_any_bytes()
    {
        byte[] notText = { 0xC0, 0x80, 0xFF, 0xED, 0xA0, 0x80 };
        Blobs parsed = Messages.Blobs.Accepts(new Bytes().LengthDelimited(1, notText).LengthDelimited(2, notText));
        Assert.Equal(notText, parsed.Data);
        Assert.Equal(notText, parsed.Memory.ToArray());
    }

    // ---- unknown fields --------------------------------------------------------------------------

    [Fact]
    public void Unknown_fields_of_every_wire_type_are_skipped_anywhere()
    {
        byte[] unknown = new Bytes()
            .Tag(3, 0).Varint(ulong.MaxValue)
            .Tag(15, 1).Raw(1, 2, 3, 4, 5, 6, 7, 8)
            .LengthDelimited(16, new byte[] { 0xFF, 0xC0, 0x00 }) // not UTF-8, not a message: never looked at
            .Tag(2047, 5).Raw(1, 2, 3, 4)
            .LengthDelimited(536_870_911, new byte[0]);
        byte[] id = new Bytes().Tag(1, 0).Varint(42);
        byte[] name = new Bytes().LengthDelimited(2, new[] { (byte)'k' });

        foreach (byte[] data in new[] { Concat(unknown, id, name), Concat(id, unknown, name), Concat(id, name, unknown), Concat(unknown, id, unknown, name, unknown) })
        {
            Child parsed = Messages.Child.Accepts(data);
            Assert.Equal(42, parsed.Id);
            Assert.Equal("k", parsed.Name);

            Nesting nesting = Messages.Nesting.Accepts(Concat(unknown, new Bytes().LengthDelimited(1, data), unknown));
            Assert.Equal(42, nesting.Child!.Id);
            Assert.Equal("k", nesting.Child.Name);
        }
    }

    [Fact]
    public void Unknown_fields_are_skipped_within_their_message_only()
    {
        // Child claims 3 bytes and its unknown bytes field claims 4: it cannot borrow the enclosing message's bytes.
        byte[] data = new Bytes().Tag(1, 2).Varint(3).Tag(9, 2).Varint(4).Raw(0x01).LengthDelimited(5, new[] { (byte)'z', (byte)'z', (byte)'z' });
        Messages.Nesting.Refuses(data, ProtocolError.Truncated, 9);
    }

    // ---- values that do not fit their C# type ----------------------------------------------------

    [Theory]
    [InlineData(5, 128L)]           // sbyte
    [InlineData(5, -129L)]          // sbyte
    [InlineData(6, 256L)]           // byte
    [InlineData(6, -1L)]            // byte
    [InlineData(7, 32_768L)]        // short
    [InlineData(7, -32_769L)]       // short
    [InlineData(8, 65_536L)]        // ushort
    [InlineData(14, 256L)]          // enum Level : byte
    [InlineData(14, -1L)]           // enum Level : byte
    public void Value_outside_a_narrow_type_is_refused_not_truncated(int field, long value)
    {
        Messages.Scalars.Refuses(new Bytes().Tag(field, 0).Varint((ulong)value), ProtocolError.ValueOutOfRange, field);
    }

    [Theory]
    [InlineData(5, 127L)]
    [InlineData(5, -128L)]
    [InlineData(6, 255L)]
    [InlineData(7, -32_768L)]
    [InlineData(8, 65_535L)]
    [InlineData(14, 200L)]
    public void Value_at_the_edge_of_a_narrow_type_is_accepted(int field, long value)
    {
        Scalars parsed = Messages.Scalars.Accepts(new Bytes().Tag(field, 0).Varint((ulong)value));
        long read = field switch
        {
            5 => parsed.SByteValue,
            6 => parsed.ByteValue,
            7 => parsed.Int16Value,
            8 => parsed.UInt16Value,
            _ => (long)parsed.Level,
        };
        Assert.Equal(value, read);
    }

    [Fact]
    public void Narrow_zigzag_and_fixed_values_out_of_range_are_refused()
    {
        Messages.Encodings.Refuses(new Bytes().Tag(1, 0).Varint(256), ProtocolError.ValueOutOfRange, 1); // zigzag 128 in sbyte
        Messages.Encodings.Refuses(new Bytes().Tag(2, 0).Varint(65_536), ProtocolError.ValueOutOfRange, 2); // zigzag 32768 in short
        Messages.Encodings.Refuses(new Bytes().Tag(6, 5).Raw(0x00, 0x01, 0x00, 0x00), ProtocolError.ValueOutOfRange, 6); // fixed 256 in byte
        Messages.Encodings.Refuses(new Bytes().Tag(8, 5).Raw(0x00, 0x00, 0x01, 0x00), ProtocolError.ValueOutOfRange, 8); // fixed 65536 in ushort
        Messages.Repeateds.Refuses(new Bytes().LengthDelimited(13, new Bytes().Varint(1).Varint(200)), ProtocolError.ValueOutOfRange, 13); // packed sbyte
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(part => part).ToArray();
}
