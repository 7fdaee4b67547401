using System.Buffers;
using EtProtocolGen.Testing;
using EtProtocolGen.Tests.Infrastructure;
using EtProtocolGen.Tests.Protocol;
using Xunit;

namespace EtProtocolGen.Tests.Decoding;

/// <summary>
/// Every length prefix a generated decoder reads (strings, bytes, packed runs, map entries, nested messages and
/// skipped unknown fields) is checked against the bytes left and the declared limit before anything is allocated.
/// </summary>
public class LengthPrefixTests
{
    /// <summary>2^31 as a varint: one more than int.MaxValue, the classic "2 GB" length bomb.</summary>
    private static readonly byte[] TwoGigabytes = { 0x80, 0x80, 0x80, 0x80, 0x08 };

    /// <summary>Each length-delimited field of the test protocol, by message and field number, and what it holds.</summary>
    public static TheoryData<string, int> LengthDelimitedFields => new()
    {
        { nameof(Bounded), 1 },     // string, [MaxLength(8)]
        { nameof(Bounded), 2 },     // byte[], [MaxLength(4)]
        { nameof(Bounded), 3 },     // ReadOnlyMemory<byte>, [MaxLength(4)]
        { nameof(Bounded), 4 },     // packed List<int>
        { nameof(Bounded), 5 },     // List<string>
        { nameof(Bounded), 6 },     // map entry
        { nameof(Bounded), 7 },     // packed int[]
        { nameof(Bounded), 8 },     // List<Child>
        { nameof(Bounded), 9 },     // packed List<double>
        { nameof(Scalars), 12 },    // string, no limit
        { nameof(Blobs), 1 },       // byte[], no limit
        { nameof(Blobs), 2 },       // ReadOnlyMemory<byte>, no limit
        { nameof(Blobs), 16 },      // string behind a two-byte tag
        { nameof(Repeateds), 6 },   // packed floats
        { nameof(Repeateds), 10 },  // List<byte[]>
        { nameof(Repeateds), 12 },  // Child[]
        { nameof(Repeateds), 16 },  // List<ReadOnlyMemory<byte>>
        { nameof(Maps), 3 },        // map<long, Child> entry
        { nameof(Nesting), 1 },     // nested class
        { nameof(Nesting), 2 },     // nested struct
        { nameof(Nesting), 3 },     // nested self
        { nameof(Child), 3 },       // unknown field, skipped
        { nameof(Child), 536_870_911 }, // unknown field with a five-byte tag, skipped
    };

    [Theory]
    [MemberData(nameof(LengthDelimitedFields))]
    public void Length_one_past_the_bytes_left_is_truncated_in_that_field(string message, int field)
    {
        byte[] data = new Bytes().Tag(field, 2).Varint(3).Raw(0x08, 0x01);
        Messages.ByName[message].Refuses(data, ProtocolError.Truncated, field);
    }

    [Theory]
    [MemberData(nameof(LengthDelimitedFields))]
    public void Length_that_ends_exactly_at_the_end_of_the_input_is_read(string message, int field)
    {
        // The same field, now with the bytes it claims: a 2-byte value, run, entry or message (field 1 = 1), or for
        // packed floats and doubles one 8-byte element.
        bool fixedWidthRun = (message, field) is (nameof(Bounded), 9) or (nameof(Repeateds), 6);
        byte[] payload = fixedWidthRun ? new byte[8] : new byte[] { 0x08, 0x01 };
        byte[] data = new Bytes().LengthDelimited(field, payload);
        Messages.ByName[message].AcceptsMessage(data);
    }

    [Theory]
    [MemberData(nameof(LengthDelimitedFields))]
    public void Two_gigabyte_length_prefix_is_refused_without_allocating_anything_large(string message, int field)
    {
        IMessageApi api = Messages.ByName[message];
        byte[] data = new Bytes().Tag(field, 2).Raw(TwoGigabytes).Raw(1, 2, 3);
        bool declaredByteLimit = message == nameof(Bounded) && field is 2 or 3;
        ProtocolError expected = declaredByteLimit ? ProtocolError.LimitExceeded : ProtocolError.Truncated;

        api.Refuses(data, expected, field);
        Allocations.AssertSmall($"{message} field {field}: Parse and TryParse", () =>
        {
            api.Classify(data);
        });
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x07 })] // int.MaxValue
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x0F })] // uint.MaxValue: negative if cast to int before the check
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 })] // ulong.MaxValue
    [InlineData(new byte[] { 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01 })] // 2^63: negative as a long
    [InlineData(new byte[] { 0xFF, 0xFF, 0x3F })] // 1 MiB - 1: under the message size limit, far over the bytes left
    public void Huge_length_prefixes_never_wrap_and_allocate_nothing_large(byte[] prefix)
    {
        foreach ((string message, int field) in new[] { (nameof(Blobs), 1), (nameof(Scalars), 12), (nameof(Repeateds), 1), (nameof(Nesting), 1), (nameof(Maps), 1), (nameof(Child), 9) })
        {
            byte[] data = new Bytes().Tag(field, 2).Raw(prefix).Raw(1, 2, 3);
            IMessageApi api = Messages.ByName[message];
            api.Refuses(data, ProtocolError.Truncated, field);
            Allocations.AssertSmall($"{message} field {field}", () => api.Classify(data));
        }
    }

    [Fact]
    public void Two_gigabyte_length_prefix_through_a_multi_segment_sequence_allocates_nothing_large()
    {
        byte[] data = new Bytes().Tag(1, 2).Raw(TwoGigabytes).Raw(1, 2, 3);
        ReadOnlySequence<byte> sequence = Segments.SplitAt(data, 1, 3);

        Allocations.AssertSmall("Parse(ReadOnlySequence)", () =>
        {
            ProtocolException e = Assert.Throws<ProtocolException>(() => Messages.Blobs.Parse(in sequence));
            Assert.Equal(ProtocolError.Truncated, e.Error);
            Assert.Equal(1, e.FieldNumber);
        });
    }

    [Fact]
    public void Two_gigabyte_prefix_deep_inside_nested_messages_allocates_nothing_large()
    {
        // Nesting.Inner.Inner.Child.Name claims 2 GB; each enclosing length is honest.
        byte[] name = new Bytes().Tag(2, 2).Raw(TwoGigabytes).Raw(1, 2, 3);
        byte[] data = new Bytes().LengthDelimited(3, new Bytes().LengthDelimited(3, new Bytes().LengthDelimited(1, name)));

        Messages.Nesting.Refuses(data, ProtocolError.Truncated, 2);
        Allocations.AssertSmall("nested 2 GB prefix", () => Messages.Nesting.Classify(data));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Declared_byte_limit_is_checked_before_the_bytes_left(int field)
    {
        // Bounded.Data / Memory: [MaxLength(4)]; a 5-byte claim is over the limit even with nothing after it.
        Messages.Bounded.Refuses(new Bytes().Tag(field, 2).Varint(5), ProtocolError.LimitExceeded, field);
        Messages.Bounded.Refuses(new Bytes().Tag(field, 2).Varint(5).Raw(1, 2, 3, 4, 5), ProtocolError.LimitExceeded, field);
        Messages.Bounded.Accepts(new Bytes().Tag(field, 2).Varint(4).Raw(1, 2, 3, 4));
    }

    [Fact]
    public void String_limit_counts_characters_not_bytes()
    {
        // Bounded.Name: [MaxLength(8)] characters (UTF-16 code units, as string.Length counts them).
        Assert.Equal("12345678", Messages.Bounded.Accepts(Name("12345678")).Name);
        Messages.Bounded.Refuses(Name("123456789"), ProtocolError.LimitExceeded, 1);

        Assert.Equal("€€€€€€€€", Messages.Bounded.Accepts(Name("€€€€€€€€")).Name); // 24 bytes, 8 characters
        Messages.Bounded.Refuses(Name("€€€€€€€€€"), ProtocolError.LimitExceeded, 1);

        Assert.Equal("😀😀😀😀", Messages.Bounded.Accepts(Name("😀😀😀😀")).Name); // 16 bytes, 8 UTF-16 characters
        Messages.Bounded.Refuses(Name("😀😀😀😀😀"), ProtocolError.LimitExceeded, 1);
    }

    [Fact]
    public void Nested_message_cannot_read_past_its_own_length()
    {
        // Nesting.Child claims 4 bytes; inside it, Name claims 5: the bytes after Child must not be read into Name.
        byte[] data = new Bytes().Tag(1, 2).Varint(4).Tag(2, 2).Varint(5).Raw(0x41, 0x42).Tag(5, 2).Varint(1).Raw(0x43);
        Messages.Nesting.Refuses(data, ProtocolError.Truncated, 2);
    }

    private static byte[] Name(string value) => new Bytes().LengthDelimited(1, System.Text.Encoding.UTF8.GetBytes(value));
}
