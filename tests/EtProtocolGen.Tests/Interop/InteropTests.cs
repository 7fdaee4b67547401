using System.Collections.Generic;
using System.Linq;
using EtProtocolGen.Tests.Protocol;
using Google.Protobuf;
using Xunit;
using G = EtProtocolGen.Tests.Interop.Google;
using Pn = EtProtocolGen.Tests.Interop.ProtobufNet;

namespace EtProtocolGen.Tests.Interop;

/// <summary>
/// For every supported type family, our bytes parse in Google.Protobuf (protoc-generated) and protobuf-net and
/// theirs parse in ours, equal field by field, over thousands of random messages (fixed seed on CI).
/// </summary>
public class InteropTests
{
    private static readonly Dictionary<string, IInteropCase> Cases = new()
    {
        ["Scalars"] = new InteropCase<Scalars, G.Scalars, Pn.Scalars>(MessageGens.Scalars, Messages.Scalars, G.Scalars.Parser, Projections.ToGoogle, Projections.ToGoogle, Projections.ToProtobufNet),
        ["Encodings"] = new InteropCase<Encodings, G.Encodings, Pn.Encodings>(MessageGens.Encodings, Messages.Encodings, G.Encodings.Parser, Projections.ToGoogle, Projections.ToGoogle, Projections.ToProtobufNet),
        ["Blobs"] = new InteropCase<Blobs, G.Blobs, Pn.Blobs>(MessageGens.Blobs, Messages.Blobs, G.Blobs.Parser, Projections.ToGoogle, Projections.ToGoogle, Projections.ToProtobufNet),
        ["Optionals"] = new InteropCase<Optionals, G.Optionals, Pn.Optionals>(MessageGens.Optionals, Messages.Optionals, G.Optionals.Parser, Projections.ToGoogle, Projections.ToGoogle, Projections.ToProtobufNet),
        ["Child"] = new InteropCase<Child, G.Child, Pn.Child>(MessageGens.Child, Messages.Child, G.Child.Parser, Projections.ToGoogle, Projections.ToGoogle, Projections.ToProtobufNet),
        ["Repeateds"] = new InteropCase<Repeateds, G.Repeateds, Pn.Repeateds>(MessageGens.Repeateds, Messages.Repeateds, G.Repeateds.Parser, Projections.ToGoogle, Projections.ToGoogle, Projections.ToProtobufNet),
        ["Maps"] = new InteropCase<Maps, G.Maps, Pn.Maps>(MessageGens.Maps, Messages.Maps, G.Maps.Parser, Projections.ToGoogle, Projections.ToGoogle, Projections.ToProtobufNet),
        ["Point"] = new InteropCase<Point, G.Point, Pn.Point>(MessageGens.Point, Messages.Point, G.Point.Parser, Projections.ToGoogle, Projections.ToGoogle, Projections.ToProtobufNet),
        ["Nesting"] = new InteropCase<Nesting, G.Nesting, Pn.Nesting>(MessageGens.Nesting, Messages.Nesting, G.Nesting.Parser, Projections.ToGoogle, Projections.ToGoogle, Projections.ToProtobufNet, Projections.Canonical),
    };

    public static TheoryData<string> MessageNames => new(Cases.Keys);

    /// <summary>
    /// Messages whose encoding is canonical in both libraries. Not Maps: Google.Protobuf's C# runtime leaves a
    /// default key or value out of a map entry, while ours (like protobuf's C++ and Java runtimes) always writes
    /// both; each reads the other's entries (see the map tests below), but the bytes differ.
    /// </summary>
    public static TheoryData<string> CanonicalMessageNames => new(Cases.Keys.Where(name => name != "Maps"));

    [Theory]
    [MemberData(nameof(MessageNames))]
    public void Our_bytes_parse_in_google_protobuf_field_by_field(string message) => Cases[message].OursParseInGoogleProtobuf();

    [Theory]
    [MemberData(nameof(MessageNames))]
    public void Google_protobuf_bytes_parse_in_ours_field_by_field(string message) => Cases[message].GoogleProtobufsParseInOurs();

    [Theory]
    [MemberData(nameof(MessageNames))]
    public void Our_bytes_parse_in_protobuf_net_field_by_field(string message) => Cases[message].OursParseInProtobufNet();

    [Theory]
    [MemberData(nameof(MessageNames))]
    public void Protobuf_net_bytes_parse_in_ours_field_by_field(string message) => Cases[message].ProtobufNetsParseInOurs();

    [Theory]
    [MemberData(nameof(MessageNames))]
    public void Our_bytes_round_trip_and_re_encode_identically(string message) => Cases[message].OursRoundTrip();

    [Theory]
    [MemberData(nameof(CanonicalMessageNames))]
    public void Our_encoding_is_byte_identical_to_google_protobufs(string message) => Cases[message].OursEncodeExactlyAsGoogleProtobuf();

    [Fact]
    public void Unpacked_repeated_scalars_from_google_protobuf_parse_in_ours()
    {
        Infrastructure.Property.Check(MessageGens.Repeateds, message =>
        {
            G.Repeateds expected = Projections.ToGoogle(message);
            byte[] unpacked = G.RepeatedsUnpacked.Parser.ParseFrom(expected.ToByteArray()).ToByteArray();
            Assert.Equal(expected, Projections.ToGoogle(Messages.Repeateds.Accepts(unpacked)));
        }, Infrastructure.Property.InteropIterations);
    }

    [Fact]
    public void Packed_and_unpacked_runs_of_one_field_append_in_order()
    {
        Infrastructure.Property.Check(CsCheck.Gen.Select(MessageGens.Repeateds, MessageGens.Repeateds), (first, second) =>
        {
            G.Repeateds packed = Projections.ToGoogle(first);
            G.Repeateds other = Projections.ToGoogle(second);
            byte[] unpacked = G.RepeatedsUnpacked.Parser.ParseFrom(other.ToByteArray()).ToByteArray();

            G.Repeateds expected = packed.Clone();
            expected.MergeFrom(other);
            byte[] concatenated = packed.ToByteArray().Concat(unpacked).ToArray();
            Assert.Equal(expected, Projections.ToGoogle(Messages.Repeateds.Accepts(concatenated)));
        }, Infrastructure.Property.InteropIterations);
    }

    [Fact]
    public void Map_entries_with_default_keys_and_values_read_both_ways()
    {
        Maps ours = new()
        {
            StringToInt32 = { [""] = 0, ["a"] = 0, [""] = 7 },
            Int32ToString = { [0] = "" },
            Int64ToChild = { [0] = new Child() },
            BoolToDouble = { [false] = 0d },
            UInt32ToBytes = { [0] = System.Array.Empty<byte>() },
            StringToColor = { [""] = Color.Red },
            UInt64ToFloat = { [0] = 0f },
            Int16ToUInt64 = { [0] = 0 },
        };
        G.Maps google = Projections.ToGoogle(ours);

        byte[] ourBytes = Infrastructure.Encoded.Bytes(ours);
        byte[] googleBytes = google.ToByteArray();
        Assert.True(ourBytes.Length > googleBytes.Length, "ours writes default keys and values, Google.Protobuf leaves them out");

        Assert.Equal(google, G.Maps.Parser.ParseFrom(ourBytes));
        Assert.Equal(google, Projections.ToGoogle(Messages.Maps.Accepts(googleBytes)));
        Assert.Equal(google, Projections.ToGoogle(Projections.FromProtobufNetBytes<Pn.Maps>(ourBytes)));
    }

    [Fact]
    public void Map_entry_missing_its_key_or_value_reads_as_the_default()
    {
        // Field 2 (int32 -> string): an empty entry, then one with only a value (same default key, last wins), then one with only a key.
        byte[] data = { 0x12, 0x00, 0x12, 0x03, 0x12, 0x01, 0x78, 0x12, 0x02, 0x08, 0x05 };
        Maps parsed = Messages.Maps.Accepts(data);
        Assert.Equal(new Dictionary<int, string> { [0] = "x", [5] = "" }, parsed.Int32ToString);
        Assert.Equal(G.Maps.Parser.ParseFrom(data), Projections.ToGoogle(parsed));
    }
}
