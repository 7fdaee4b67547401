using System.Linq;
using System.Text;
using EtProtocolGen.Tests.Infrastructure;
using EtProtocolGen.Tests.LimitsProtocol;
using EtProtocolGen.Tests.Protocol;
using Xunit;

namespace EtProtocolGen.Tests.Decoding;

/// <summary>
/// The assembly-level [ProtocolLimits] of EtProtocolGen.Tests.LimitsProtocol (message 4096 bytes, depth 8, strings 16
/// characters, bytes 10, collections 4) bound every field without [MaxLength] while decoding; [MaxLength] and
/// [Message(MaxDepth)] win over them. Without the attribute, the built-in 1 MiB message size applies.
/// </summary>
public class ProtocolLimitsTests
{
    /// <summary>Fields of <see cref="Defaulted"/>: the data at the assembly's bound, and one over it.</summary>
    public static TheoryData<string, int> DefaultedFields => new()
    {
        { "Text", 1 },
        { "Data", 2 },
        { "Memory", 3 },
        { "Numbers packed", 4 },
        { "Numbers unpacked", 4 },
        { "Names", 5 },
        { "Name length", 5 },
        { "Map", 6 },
        { "Map key length", 1 },   // a map entry is decoded as a nested message: its key is field 1
        { "Map value length", 2 },   // and its value field 2
        { "Blobs", 8 },
        { "Blob length", 8 },
        { "Values packed", 9 },
    };

    [Theory]
    [MemberData(nameof(DefaultedFields))]
    public void Assembly_default_bounds_a_field_without_MaxLength(string what, int field)
    {
        LimitsMessages.Defaulted.Accepts(Defaulted(what, over: false));
        LimitsMessages.Defaulted.Refuses(Defaulted(what, over: true), ProtocolError.LimitExceeded, field);
    }

    [Fact]
    public void MaxLength_wins_over_the_assembly_default_larger_or_smaller()
    {
        // Text: [MaxLength(100)] over the default 16.
        Assert.Equal(100, LimitsMessages.Overridden.Accepts(Text(1, 100)).Text.Length);
        LimitsMessages.Overridden.Refuses(Text(1, 101), ProtocolError.LimitExceeded, 1);

        // Numbers: [MaxLength(2)] under the default 4.
        LimitsMessages.Overridden.Accepts(Unpacked(2, 2));
        LimitsMessages.Overridden.Refuses(Unpacked(2, 3), ProtocolError.LimitExceeded, 2);

        // Data: [MaxLength(50)] over the default 10.
        LimitsMessages.Overridden.Accepts(new Bytes().LengthDelimited(3, new byte[50]));
        LimitsMessages.Overridden.Refuses(new Bytes().LengthDelimited(3, new byte[51]), ProtocolError.LimitExceeded, 3);

        // Names: [MaxLength(6)] elements over the default 4; each element still at most the default 16 characters.
        LimitsMessages.Overridden.Accepts(Repeat(Text(4, 16), 6));
        LimitsMessages.Overridden.Refuses(Repeat(Text(4, 1), 7), ProtocolError.LimitExceeded, 4);
        LimitsMessages.Overridden.Refuses(Text(4, 17), ProtocolError.LimitExceeded, 4);
    }

    [Fact]
    public void Assembly_message_size_is_checked_before_anything_is_read()
    {
        // An unknown bytes field pads the message to exactly the size limit, then one byte more.
        byte[] atLimit = Padded(4096);
        LimitsMessages.Defaulted.Accepts(atLimit);

        byte[] overLimit = Padded(4097);
        LimitsMessages.Defaulted.Refuses(overLimit, ProtocolError.LimitExceeded, 0);

        // Even garbage (an invalid tag first) is refused for its size, before it is read.
        byte[] garbage = Enumerable.Repeat((byte)0xFF, 4097).ToArray();
        LimitsMessages.Defaulted.Refuses(garbage, ProtocolError.LimitExceeded, 0);
    }

    [Fact]
    public void Built_in_message_size_is_one_mebibyte()
    {
        Messages.Child.Accepts(Padded(ProtocolLimitsAttribute.DefaultMaxMessageSize));
        Messages.Child.Refuses(Padded(ProtocolLimitsAttribute.DefaultMaxMessageSize + 1), ProtocolError.LimitExceeded, 0);
    }

    [Fact]
    public void Assembly_depth_bounds_nesting()
    {
        LimitsMessages.Defaulted.Accepts(NestedBytes.Chain(8, fieldNumber: 7));
        LimitsMessages.Defaulted.Refuses(NestedBytes.Chain(9, fieldNumber: 7), ProtocolError.DepthExceeded, 7);
    }

    [Fact]
    public void Message_MaxDepth_wins_over_the_assembly_depth()
    {
        LimitsMessages.DeepAllowed.Accepts(NestedBytes.Chain(20));
        LimitsMessages.DeepAllowed.Refuses(NestedBytes.Chain(21), ProtocolError.DepthExceeded, 1);
    }

    private static byte[] Defaulted(string what, bool over)
    {
        int extra = over ? 1 : 0;
        return what switch
        {
            "Text" => Text(1, 16 + extra),
            "Data" => new Bytes().LengthDelimited(2, new byte[10 + extra]),
            "Memory" => new Bytes().LengthDelimited(3, new byte[10 + extra]),
            "Numbers packed" => new Bytes().LengthDelimited(4, new byte[4 + extra]),
            "Numbers unpacked" => Unpacked(4, 4 + extra),
            "Names" => Repeat(Text(5, 1), 4 + extra),
            "Name length" => Text(5, 16 + extra),
            "Map" => Enumerable.Range(0, 4 + extra).SelectMany(i => MapEntry("k" + i, "v")).ToArray(),
            "Map key length" => MapEntry(new string('k', 16 + extra), "v"),
            "Map value length" => MapEntry("k", new string('v', 16 + extra)),
            "Blobs" => Repeat(new Bytes().LengthDelimited(8, new byte[1]), 4 + extra),
            "Blob length" => new Bytes().LengthDelimited(8, new byte[10 + extra]),
            "Values packed" => new Bytes().LengthDelimited(9, new byte[4 + extra]),
            _ => throw new System.ArgumentOutOfRangeException(nameof(what), what, null),
        };
    }

    /// <summary>A string field of <paramref name="characters"/> characters, each a 2-byte UTF-8 sequence (so bytes are not characters).</summary>
    private static byte[] Text(int field, int characters) => new Bytes().LengthDelimited(field, Encoding.UTF8.GetBytes(new string('é', characters)));

    private static byte[] Unpacked(int field, int count) => Repeat(new Bytes().Tag(field, 0).Varint(7), count);

    private static byte[] MapEntry(string key, string value) =>
        new Bytes().LengthDelimited(6, new Bytes().LengthDelimited(1, Encoding.UTF8.GetBytes(key)).LengthDelimited(2, Encoding.UTF8.GetBytes(value)));

    private static byte[] Repeat(byte[] part, int count) => Enumerable.Repeat(part, count).SelectMany(bytes => bytes).ToArray();

    /// <summary>A message of exactly <paramref name="size"/> bytes: one unknown bytes field (number 15) of the right length.</summary>
    private static byte[] Padded(int size)
    {
        for (int payload = size - 2; payload >= 0; payload--)
        {
            byte[] candidate = new Bytes().LengthDelimited(15, new byte[payload]);
            if (candidate.Length == size)
            {
                return candidate;
            }
        }

        throw new System.ArgumentOutOfRangeException(nameof(size));
    }
}
