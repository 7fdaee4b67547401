using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using EtProtocolGen.Generator.Tests.Infrastructure;
using EtProtocolGen.NetStandard.Protocol;

namespace EtProtocolGen.Generator.Tests;

/// <summary>
/// The messages of tests/EtProtocolGen.NetStandard.Protocol (netstandard2.0, C# 9, warnings as errors), which
/// cover every supported field type, round-trip through the code generated there: encode, decode from a span
/// and from a sequence split into one-byte segments, and encode again to the same bytes.
/// </summary>
public sealed class NetStandardProtocolTests
{
    private delegate T SpanParser<out T>(ReadOnlySpan<byte> data);

    private delegate T SequenceParser<out T>(in ReadOnlySequence<byte> data);

    [Fact]
    public void Every_scalar_at_its_extremes_round_trips()
    {
        var message = new AllScalars
        {
            Int32 = int.MinValue,
            Int64 = long.MinValue,
            UInt32 = uint.MaxValue,
            UInt64 = ulong.MaxValue,
            SByte = sbyte.MinValue,
            Byte = byte.MaxValue,
            Int16 = short.MinValue,
            UInt16 = ushort.MaxValue,
            Bool = true,
            Single = float.Epsilon,
            Double = double.NegativeInfinity,
            Mood = Mood.Unknown,
            Rank = Rank.General,
            SInt32 = int.MinValue,
            SInt64 = long.MaxValue,
            Fixed32 = uint.MaxValue,
            Fixed64 = ulong.MaxValue,
            SFixed32 = -1,
            SFixed64 = long.MinValue,
        };

        AllScalars back = RoundTrip(message, AllScalars.Parse, AllScalars.Parse);

        Assert.Equal(
            (message.Int32, message.Int64, message.UInt32, message.UInt64, message.SByte, message.Byte, message.Int16, message.UInt16, message.Bool, message.Single),
            (back.Int32, back.Int64, back.UInt32, back.UInt64, back.SByte, back.Byte, back.Int16, back.UInt16, back.Bool, back.Single));
        Assert.Equal(
            (message.Double, message.Mood, message.Rank, message.SInt32, message.SInt64, message.Fixed32, message.Fixed64, message.SFixed32, message.SFixed64),
            (back.Double, back.Mood, back.Rank, back.SInt32, back.SInt64, back.Fixed32, back.Fixed64, back.SFixed32, back.SFixed64));
    }

    [Fact]
    public void Default_values_encode_to_nothing()
    {
        Assert.Empty(Encode(new AllScalars()));
        Assert.Empty(Encode(new TextAndBytes()));
        Assert.Empty(Encode(new Collections()));
        Assert.Empty(Encode(new EdgeShapes()));
        Assert.Empty(Encode(new Empty()));
    }

    [Fact]
    public void Strings_bytes_and_optionals_round_trip_with_presence()
    {
        var message = new TextAndBytes
        {
            Name = "héllo, 世界 🎮",
            Payload = new byte[] { 0, 1, 255 },
            Memory = new byte[] { 9, 8, 7 },
            OptionalInt = 0,
            OptionalDouble = -0.5,
            OptionalMood = Mood.Calm,
            Secret = "s3cret",
        };

        TextAndBytes back = RoundTrip(message, TextAndBytes.Parse, TextAndBytes.Parse);

        Assert.Equal(message.Name, back.Name);
        Assert.Equal(message.Payload, back.Payload);
        Assert.Equal(message.Memory.ToArray(), back.Memory.ToArray());
        Assert.Equal(0, back.OptionalInt);
        Assert.Equal(-0.5, back.OptionalDouble);
        Assert.Equal(Mood.Calm, back.OptionalMood);
        Assert.Equal("s3cret", back.Secret);
        Assert.DoesNotContain("s3cret", back.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Collections_maps_and_nested_messages_round_trip()
    {
        var message = new Collections
        {
            Numbers = new List<int> { 0, -1, int.MaxValue },
            Longs = new[] { long.MinValue, 0L, 1L },
            Names = new List<string> { "", "a", "ü" },
            Blobs = new List<byte[]> { Array.Empty<byte>(), new byte[] { 1, 2 } },
            Moods = new List<Mood> { Mood.Angry, Mood.Unknown },
            Scores = new Dictionary<string, int> { ["alice"] = 3, [""] = -7 },
            Items = new Dictionary<int, Player.Item> { [1] = new Player.Item { TemplateId = 10, Name = "sword" }, [-2] = new Player.Item() },
            Deltas = new List<int> { -64, 63, int.MinValue },
            Path = new List<Position> { new Position { X = 1, Y = 2 }, default },
        };

        Collections back = RoundTrip(message, Collections.Parse, Collections.Parse);

        Assert.Equal(message.Numbers, back.Numbers);
        Assert.Equal(message.Longs, back.Longs);
        Assert.Equal(message.Names, back.Names);
        Assert.Equal(message.Blobs, back.Blobs);
        Assert.Equal(message.Moods, back.Moods);
        Assert.Equal(message.Scores, back.Scores);
        Assert.Equal("sword", back.Items[1].Name);
        Assert.Equal(0, back.Items[-2].TemplateId);
        Assert.Equal(message.Deltas, back.Deltas);
        Assert.Equal(message.Path, back.Path);
    }

    [Fact]
    public void A_recursive_player_with_a_nested_item_type_round_trips()
    {
        var message = new Player
        {
            Id = 42,
            MainHand = new Player.Item { TemplateId = 7, Name = "axe" },
            Bag = new List<Player.Item> { new Player.Item { TemplateId = 1 }, new Player.Item { Name = "potion" } },
            Position = new Position { X = -3.25f, Y = 1e9f },
            Pet = new Player { Id = 43, Pet = new Player { Id = 44 } },
        };

        Player back = RoundTrip(message, Player.Parse, Player.Parse);

        Assert.Equal("axe", back.MainHand!.Name);
        Assert.Equal(new[] { 1, 0 }, back.Bag.Select(item => item.TemplateId));
        Assert.Equal(message.Position, back.Position);
        Assert.Equal(44, back.Pet!.Pet!.Id);
        Assert.Null(back.Pet.Pet.Pet);
    }

    [Fact]
    public void Remaining_shapes_round_trip()
    {
        var message = new EdgeShapes
        {
            OptionalBool = false,
            OptionalLong = long.MinValue,
            OptionalULong = 0,
            OptionalFloat = float.NaN,
            OptionalSInt32 = -1,
            OptionalFixed32 = 0,
            SInt16 = short.MinValue,
            SFixedSByte = sbyte.MinValue,
            FixedUInt16 = ushort.MaxValue,
            Color = Color.Blue,
            Flags = new List<bool> { true, false, true },
            Floats = new[] { 0f, -1.5f, float.MaxValue },
            Doubles = new List<double> { double.Epsilon, -0.0 },
            Fixed32s = new List<uint> { 0, uint.MaxValue },
            SInt64s = new[] { long.MinValue, -1L, long.MaxValue },
            Shorts = new List<short> { short.MinValue, short.MaxValue },
            Colors = new[] { Color.Blue, Color.Red },
            Words = new[] { "one", "", "three" },
            Chunks = new List<ReadOnlyMemory<byte>> { new byte[] { 1 }, ReadOnlyMemory<byte>.Empty },
            Loot = new[] { new Player.Item { TemplateId = 5 }, new Player.Item { Name = "gem" } },
            Names = new Dictionary<long, string> { [long.MinValue] = "min", [0] = "" },
            ByFlag = new Dictionary<bool, byte[]> { [true] = new byte[] { 3 }, [false] = Array.Empty<byte>() },
            Moods = new Dictionary<uint, Mood> { [uint.MaxValue] = Mood.Unknown },
            Places = new Dictionary<string, Position> { ["home"] = new Position { X = 1 }, ["origin"] = default },
            Memories = new Dictionary<ulong, ReadOnlyMemory<byte>> { [ulong.MaxValue] = new byte[] { 4, 5 } },
            Offsets = new Dictionary<sbyte, long> { [sbyte.MinValue] = long.MinValue, [1] = -1 },
            Weights = new Dictionary<ushort, double> { [ushort.MaxValue] = 0.25 },
        };

        EdgeShapes back = RoundTrip(message, EdgeShapes.Parse, EdgeShapes.Parse);

        Assert.Equal((false, long.MinValue, (ulong)0, -1, (uint)0), (back.OptionalBool, back.OptionalLong, back.OptionalULong, back.OptionalSInt32, back.OptionalFixed32));
        Assert.True(float.IsNaN(back.OptionalFloat!.Value));
        Assert.Equal((short.MinValue, sbyte.MinValue, ushort.MaxValue, Color.Blue), (back.SInt16, back.SFixedSByte, back.FixedUInt16, back.Color));
        Assert.Equal(message.Flags, back.Flags);
        Assert.Equal(message.Floats, back.Floats);
        Assert.Equal(message.Doubles, back.Doubles);
        Assert.Equal(message.Fixed32s, back.Fixed32s);
        Assert.Equal(message.SInt64s, back.SInt64s);
        Assert.Equal(message.Shorts, back.Shorts);
        Assert.Equal(message.Colors, back.Colors);
        Assert.Equal(message.Words, back.Words);
        Assert.Equal(message.Chunks.Select(chunk => chunk.ToArray()), back.Chunks.Select(chunk => chunk.ToArray()));
        Assert.Equal(new[] { 5, 0 }, back.Loot.Select(item => item.TemplateId));
        Assert.Equal(message.Names, back.Names);
        Assert.Equal(message.ByFlag, back.ByFlag);
        Assert.Equal(message.Moods, back.Moods);
        Assert.Equal(message.Places, back.Places);
        Assert.Equal(new byte[] { 4, 5 }, back.Memories[ulong.MaxValue].ToArray());
        Assert.Equal(message.Offsets, back.Offsets);
        Assert.Equal(message.Weights, back.Weights);
    }

    [Fact]
    public void A_record_message_round_trips_to_an_equal_record()
    {
        var message = new Greeting { Text = "hi", Times = 3 };

        Assert.Equal(message, RoundTrip(message, Greeting.Parse, Greeting.Parse));
    }

    [Fact]
    public void A_value_beyond_a_narrow_field_type_is_refused()
    {
        // EdgeShapes.SInt16 (field 7, zigzag) = 40000: does not fit a short.
        byte[] data = { 0x38, 0x80, 0xF1, 0x04 };

        Assert.False(EdgeShapes.TryParse(data, out _, out ProtocolError error));
        Assert.Equal(ProtocolError.ValueOutOfRange, error);
    }

    /// <summary>Encodes, checks the size and the span writer, decodes twice and re-encodes to the same bytes.</summary>
    private static T RoundTrip<T>(T message, SpanParser<T> parseSpan, SequenceParser<T> parseSequence)
        where T : IWireMessage
    {
        byte[] data = Encode(message);
        Assert.NotEmpty(data);

        byte[] exact = new byte[data.Length];
        Assert.True(message.TryWriteTo(exact, out int written));
        Assert.Equal(data.Length, written);
        Assert.Equal(data, exact);
        Assert.False(message.TryWriteTo(new byte[data.Length - 1], out written));
        Assert.Equal(0, written);

        T fromSpan = parseSpan(data);
        Assert.Equal(data, Encode(fromSpan));

        ReadOnlySequence<byte> segments = ByteSegments.Split(data, 1);
        T fromSequence = parseSequence(in segments);
        Assert.Equal(data, Encode(fromSequence));
        return fromSpan;
    }

    private static byte[] Encode(IWireMessage message)
    {
        var output = new ArrayBufferWriter<byte>();
        message.WriteTo(output);
        Assert.Equal(message.CalculateSize(), output.WrittenCount);
        return output.WrittenSpan.ToArray();
    }
}
