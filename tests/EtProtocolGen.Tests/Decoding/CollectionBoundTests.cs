using System;
using System.Linq;
using EtProtocolGen.Tests.Infrastructure;
using EtProtocolGen.Tests.Protocol;
using Xunit;

namespace EtProtocolGen.Tests.Decoding;

/// <summary>
/// Collections are bounded by [MaxLength] while decoding: one element over the bound is refused with the field's
/// number, and a run of many elements over it fails before the collection grows, so it allocates nothing like the run.
/// </summary>
public class CollectionBoundTests
{
    /// <summary>Each collection field of <see cref="Bounded"/>, in each encoding it accepts, with its [MaxLength].</summary>
    public static TheoryData<string, int, int> BoundedCollections => new()
    {
        { "Numbers packed", 4, 3 },
        { "Numbers unpacked", 4, 3 },
        { "Names", 5, 3 },
        { "Map", 6, 2 },
        { "IntArray packed", 7, 3 },
        { "IntArray unpacked", 7, 3 },
        { "Children", 8, 3 },
        { "Doubles packed", 9, 3 },
        { "Doubles unpacked", 9, 3 },
    };

    [Theory]
    [MemberData(nameof(BoundedCollections))]
    public void Up_to_the_bound_is_accepted_and_one_more_is_refused(string collection, int field, int bound)
    {
        Bounded parsed = Messages.Bounded.Accepts(Elements(collection, bound));
        Assert.Equal(bound, Count(parsed, field));

        Messages.Bounded.Refuses(Elements(collection, bound + 1), ProtocolError.LimitExceeded, field);
    }

    [Theory]
    [MemberData(nameof(BoundedCollections))]
    public void Hundred_thousand_elements_over_the_bound_fail_before_the_collection_grows(string collection, int field, int bound)
    {
        byte[] data = Elements(collection, 100_000);
        Assert.True(data.Length <= ProtocolLimitsAttribute.DefaultMaxMessageSize, "the run must be refused for its count, not its size");

        Messages.Bounded.Refuses(data, ProtocolError.LimitExceeded, field);
        // A list presized or grown to 100,000 elements would take 400 KB to 800 KB.
        Allocations.AssertSmall($"{collection} (bound {bound}) over 100,000 elements", () => Messages.Bounded.Classify(data));
    }

    [Fact]
    public void Packed_and_unpacked_runs_of_one_field_count_together()
    {
        byte[] twoPacked = new Bytes().LengthDelimited(4, new Bytes().Varint(1).Varint(2));
        byte[] onePacked = new Bytes().LengthDelimited(4, new Bytes().Varint(3));
        byte[] oneUnpacked = new Bytes().Tag(4, 0).Varint(4);

        Assert.Equal(new[] { 1, 2, 3 }, Messages.Bounded.Accepts(Concat(twoPacked, onePacked)).Numbers);
        Assert.Equal(new[] { 1, 2, 4 }, Messages.Bounded.Accepts(Concat(twoPacked, oneUnpacked)).Numbers);
        Messages.Bounded.Refuses(Concat(twoPacked, twoPacked), ProtocolError.LimitExceeded, 4);
        Messages.Bounded.Refuses(Concat(twoPacked, oneUnpacked, oneUnpacked), ProtocolError.LimitExceeded, 4);
        Messages.Bounded.Refuses(Concat(oneUnpacked, oneUnpacked, twoPacked), ProtocolError.LimitExceeded, 4);
    }

    [Fact]
    public void Repeated_map_key_replaces_the_entry_but_a_full_map_takes_no_further_entry()
    {
        // Bounded.Map: [MaxLength(2)] entries. A repeated key replaces the value (the last one wins, as in protobuf)
        // and does not count twice; but the bound is checked before an entry is decoded, so once the map holds two
        // entries any further entry is refused, even one that would only replace a value.
        Bounded parsed = Messages.Bounded.Accepts(Concat(Entry(1, 10), Entry(1, 11), Entry(2, 20)));
        Assert.Equal(11, parsed.Map[1]);
        Assert.Equal(20, parsed.Map[2]);
        Assert.Equal(2, parsed.Map.Count);

        Messages.Bounded.Refuses(Concat(Entry(1, 10), Entry(2, 20), Entry(2, 21)), ProtocolError.LimitExceeded, 6);
        Messages.Bounded.Refuses(Concat(Entry(1, 10), Entry(2, 20), Entry(3, 30)), ProtocolError.LimitExceeded, 6);
    }

    internal static byte[] Elements(string collection, int count)
    {
        Bytes bytes = new();
        switch (collection)
        {
            case "Numbers packed":
            case "IntArray packed":
            {
                Bytes run = new();
                for (int i = 0; i < count; i++)
                {
                    run.Varint((ulong)(i % 100));
                }

                return bytes.LengthDelimited(collection.StartsWith("Numbers", StringComparison.Ordinal) ? 4 : 7, run);
            }
            case "Numbers unpacked":
            case "IntArray unpacked":
            {
                int field = collection.StartsWith("Numbers", StringComparison.Ordinal) ? 4 : 7;
                for (int i = 0; i < count; i++)
                {
                    bytes.Tag(field, 0).Varint((ulong)(i % 100));
                }

                return bytes;
            }
            case "Names":
                for (int i = 0; i < count; i++)
                {
                    bytes.LengthDelimited(5, new[] { (byte)'n' });
                }

                return bytes;
            case "Map":
                for (int i = 0; i < count; i++)
                {
                    bytes.Raw(Entry(i, i));
                }

                return bytes;
            case "Children":
                for (int i = 0; i < count; i++)
                {
                    bytes.LengthDelimited(8, new Bytes().Tag(1, 0).Varint((ulong)(i % 100)));
                }

                return bytes;
            case "Doubles packed":
                return bytes.LengthDelimited(9, new byte[8 * count]);
            case "Doubles unpacked":
                for (int i = 0; i < count; i++)
                {
                    bytes.Tag(9, 1).Raw(new byte[8]);
                }

                return bytes;
            default:
                throw new ArgumentOutOfRangeException(nameof(collection), collection, null);
        }
    }

    private static int Count(Bounded message, int field) => field switch
    {
        4 => message.Numbers.Count,
        5 => message.Names.Count,
        6 => message.Map.Count,
        7 => message.IntArray.Length,
        8 => message.Children.Count,
        9 => message.Doubles.Count,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static byte[] Entry(int key, int value) =>
        new Bytes().LengthDelimited(6, new Bytes().Tag(1, 0).Varint((ulong)key).Tag(2, 0).Varint((ulong)value));

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(part => part).ToArray();
}
