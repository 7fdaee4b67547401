using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using EtProtocolGen.NetStandard.Protocol;
using EtProtocolGen.Testing;
using EtProtocolGen.Tests.Infrastructure;
using Xunit;
using Ours = EtProtocolGen.Tests.Protocol;

namespace EtProtocolGen.Tests.NetStandard;

/// <summary>
/// Code generated for a netstandard2.0, C# 9 consumer (Unity's shape) runs correctly, not only compiles: its messages
/// round-trip field by field, and its wire format is the one the net10.0-compiled test protocol reads.
/// </summary>
public class NetStandardProtocolTests
{
    /// <summary>A singular -0.0 is not written (proto3 implicit presence, as Google.Protobuf does), so it reads back as +0.0.</summary>
    private static readonly Gen<float> SingularFloat = Gens.Float.Select(f => f == 0f ? 0f : f);

    private static readonly Gen<double> SingularDouble = Gens.Double.Select(d => d == 0d ? 0d : d);

    private static readonly Gen<AllScalars> AllScalarsGen = Gen.Select(
        Gen.Select(Gens.Int32, Gens.Int64, Gens.UInt32, Gens.VarintValue, Gen.SByte, Gen.Byte, Gen.Short),
        Gen.Select(Gen.UShort, Gen.Bool, SingularFloat, SingularDouble, Gen.Enum<Mood>(), Gen.OneOf(Gen.Const(Rank.Private), Gen.Const(Rank.General), Gen.UShort.Select(v => (Rank)v))),
        Gen.Select(Gens.Int32, Gens.Int64, Gens.UInt32, Gens.VarintValue, Gens.Int32, Gens.Int64),
        (a, b, c) => new AllScalars
        {
            Int32 = a.Item1, Int64 = a.Item2, UInt32 = a.Item3, UInt64 = a.Item4, SByte = a.Item5, Byte = a.Item6, Int16 = a.Item7,
            UInt16 = b.Item1, Bool = b.Item2, Single = b.Item3, Double = b.Item4, Mood = b.Item5, Rank = b.Item6,
            SInt32 = c.Item1, SInt64 = c.Item2, Fixed32 = c.Item3, Fixed64 = c.Item4, SFixed32 = c.Item5, SFixed64 = c.Item6,
        });

    [Fact]
    public void All_scalars_round_trip_field_by_field()
    {
        Property.Check(AllScalarsGen, message =>
        {
            byte[] bytes = Encoded.Bytes(message);
            AllScalars parsed = AllScalars.Parse(bytes);
            Assert.Equal(
                (message.Int32, message.Int64, message.UInt32, message.UInt64, message.SByte, message.Byte, message.Int16, message.UInt16, message.Bool),
                (parsed.Int32, parsed.Int64, parsed.UInt32, parsed.UInt64, parsed.SByte, parsed.Byte, parsed.Int16, parsed.UInt16, parsed.Bool));
            Assert.Equal(BitConverter.SingleToInt32Bits(message.Single), BitConverter.SingleToInt32Bits(parsed.Single));
            Assert.Equal(BitConverter.DoubleToInt64Bits(message.Double), BitConverter.DoubleToInt64Bits(parsed.Double));
            Assert.Equal(
                (message.Mood, message.Rank, message.SInt32, message.SInt64, message.Fixed32, message.Fixed64, message.SFixed32, message.SFixed64),
                (parsed.Mood, parsed.Rank, parsed.SInt32, parsed.SInt64, parsed.Fixed32, parsed.Fixed64, parsed.SFixed32, parsed.SFixed64));
            Assert.Equal(bytes, Encoded.Bytes(parsed));
        }, iterations: 1_000);
    }

    [Fact]
    public void All_scalars_are_read_by_the_net10_protocol_with_the_same_field_numbers()
    {
        // Fields 1-11 of AllScalars and of the test protocol's Scalars have the same numbers and types; 12 and up
        // differ (Scalars.Level, field 14, is a byte where AllScalars.SInt32 is any int), so they are left at zero.
        Property.Check(AllScalarsGen, generated =>
        {
            AllScalars message = new()
            {
                Int32 = generated.Int32, Int64 = generated.Int64, UInt32 = generated.UInt32, UInt64 = generated.UInt64, SByte = generated.SByte,
                Byte = generated.Byte, Int16 = generated.Int16, UInt16 = generated.UInt16, Bool = generated.Bool, Single = generated.Single, Double = generated.Double,
            };
            Ours.Scalars parsed = Ours.Scalars.Parse(Encoded.Bytes(message));
            Assert.Equal(
                (message.Int32, message.Int64, message.UInt32, message.UInt64, message.SByte, message.Byte, message.Int16, message.UInt16, message.Bool),
                (parsed.Int32Value, parsed.Int64Value, parsed.UInt32Value, parsed.UInt64Value, parsed.SByteValue, parsed.ByteValue, parsed.Int16Value, parsed.UInt16Value, parsed.BoolValue));
            Assert.Equal(BitConverter.SingleToInt32Bits(message.Single), BitConverter.SingleToInt32Bits(parsed.FloatValue));
            Assert.Equal(BitConverter.DoubleToInt64Bits(message.Double), BitConverter.DoubleToInt64Bits(parsed.DoubleValue));
        }, iterations: 1_000);
    }

    [Fact]
    public void Nested_classes_structs_and_self_references_round_trip()
    {
        Player player = new()
        {
            Id = 7,
            MainHand = new Player.Item { TemplateId = 1001, Name = "Sword" },
            Bag = { new Player.Item { TemplateId = 1, Name = "Potion" }, new Player.Item { TemplateId = 2, Name = "药水" } },
            Position = new Position { X = 1.5f, Y = -2.25f },
            Pet = new Player { Id = 8, Position = new Position { X = float.NaN, Y = 0f } },
        };

        byte[] bytes = Encoded.Bytes(player);
        Player parsed = Player.Parse(bytes);
        Assert.Equal(7, parsed.Id);
        Assert.Equal((1001, "Sword"), (parsed.MainHand!.TemplateId, parsed.MainHand.Name));
        Assert.Equal(new[] { (1, "Potion"), (2, "药水") }, parsed.Bag.Select(item => (item.TemplateId, item.Name)));
        Assert.Equal((1.5f, -2.25f), (parsed.Position.X, parsed.Position.Y));
        Assert.Equal(8, parsed.Pet!.Id);
        Assert.True(float.IsNaN(parsed.Pet.Position.X));
        Assert.Null(parsed.Pet.Pet);
        Assert.Equal(bytes, Encoded.Bytes(parsed));

        ReadOnlySequence<byte> sequence = Segments.Split(bytes, 5);
        Assert.Equal(bytes, Encoded.Bytes(Player.Parse(in sequence)));
    }

    [Fact]
    public void Records_compare_equal_after_a_round_trip_and_empty_messages_encode_to_nothing()
    {
        Greeting greeting = new() { Text = "你好, world", Times = 3 };
        Assert.Equal(greeting, Greeting.Parse(Encoded.Bytes(greeting)));

        Assert.Empty(Encoded.Bytes(new Empty()));
        Assert.True(Empty.TryParse(new byte[] { 0x08, 0x01 }, out Empty empty, out ProtocolError error));
        Assert.NotNull(empty);
        Assert.Equal(ProtocolError.None, error);
    }

    [Fact]
    public void Edge_shapes_round_trip_field_by_field()
    {
        EdgeShapes shapes = new()
        {
            OptionalBool = false, OptionalLong = 0, OptionalULong = ulong.MaxValue, OptionalFloat = -0f, OptionalSInt32 = int.MinValue, OptionalFixed32 = 0,
            SInt16 = short.MinValue, SFixedSByte = sbyte.MinValue, FixedUInt16 = ushort.MaxValue, Color = Color.Blue,
            Flags = { true, false, true }, Floats = new[] { 1f, float.NegativeInfinity }, Doubles = { double.Epsilon }, Fixed32s = { uint.MaxValue, 0 },
            SInt64s = new[] { long.MinValue, -1, 1 }, Shorts = { short.MinValue, -1 }, Colors = new[] { Color.Green, Color.Blue },
            Words = new[] { "", "word", "слово" }, Chunks = { new byte[] { 1, 2 }, ReadOnlyMemory<byte>.Empty },
            Loot = new[] { new Player.Item { TemplateId = 5, Name = "Coin" } },
            Names = { [long.MinValue] = "min", [0] = "" }, ByFlag = { [true] = new byte[] { 9 }, [false] = Array.Empty<byte>() },
            Moods = { [1] = Mood.Angry, [2] = Mood.Unknown }, Places = { ["home"] = new Position { X = 3, Y = 4 } },
            Memories = { [ulong.MaxValue] = new byte[] { 0xFF } }, Offsets = { [sbyte.MinValue] = long.MinValue, [sbyte.MaxValue] = long.MaxValue },
            Weights = { [ushort.MaxValue] = -0.5 },
        };

        byte[] bytes = Encoded.Bytes(shapes);
        EdgeShapes parsed = EdgeShapes.Parse(bytes);

        Assert.Equal((false, 0L, ulong.MaxValue, int.MinValue, 0u), (parsed.OptionalBool, parsed.OptionalLong, parsed.OptionalULong, parsed.OptionalSInt32, parsed.OptionalFixed32));
        Assert.Equal(BitConverter.SingleToInt32Bits(-0f), BitConverter.SingleToInt32Bits(parsed.OptionalFloat!.Value));
        Assert.Equal((short.MinValue, sbyte.MinValue, ushort.MaxValue, Color.Blue), (parsed.SInt16, parsed.SFixedSByte, parsed.FixedUInt16, parsed.Color));
        Assert.Equal(shapes.Flags, parsed.Flags);
        Assert.Equal(shapes.Floats, parsed.Floats);
        Assert.Equal(shapes.Doubles, parsed.Doubles);
        Assert.Equal(shapes.Fixed32s, parsed.Fixed32s);
        Assert.Equal(shapes.SInt64s, parsed.SInt64s);
        Assert.Equal(shapes.Shorts, parsed.Shorts);
        Assert.Equal(shapes.Colors, parsed.Colors);
        Assert.Equal(shapes.Words, parsed.Words);
        Assert.Equal(shapes.Chunks.Select(chunk => chunk.ToArray()), parsed.Chunks.Select(chunk => chunk.ToArray()));
        Assert.Equal(("Coin", 5), (parsed.Loot.Single().Name, parsed.Loot.Single().TemplateId));
        Assert.Equal(shapes.Names, parsed.Names);
        Assert.Equal(shapes.ByFlag, parsed.ByFlag);
        Assert.Equal(shapes.Moods, parsed.Moods);
        Assert.Equal((3f, 4f), (parsed.Places["home"].X, parsed.Places["home"].Y));
        Assert.Equal(new byte[] { 0xFF }, parsed.Memories[ulong.MaxValue].ToArray());
        Assert.Equal(shapes.Offsets, parsed.Offsets);
        Assert.Equal(shapes.Weights, parsed.Weights);
        Assert.Equal(bytes, Encoded.Bytes(parsed));

        // Absent optionals stay absent.
        EdgeShapes empty = EdgeShapes.Parse(Encoded.Bytes(new EdgeShapes()));
        Assert.Equal(new object?[] { null, null, null, null, null, null }, new object?[] { empty.OptionalBool, empty.OptionalLong, empty.OptionalULong, empty.OptionalFloat, empty.OptionalSInt32, empty.OptionalFixed32 });
    }

    [Fact]
    public void Limits_declared_on_netstandard_messages_are_enforced()
    {
        // TextAndBytes.Name: [MaxLength(64)].
        byte[] name = new Bytes().LengthDelimited(1, System.Text.Encoding.UTF8.GetBytes(new string('n', 65)));
        ProtocolException e = Assert.Throws<ProtocolException>(() => TextAndBytes.Parse(name));
        Assert.Equal((ProtocolError.LimitExceeded, 1), (e.Error, e.FieldNumber));

        // Collections.Numbers: [MaxLength(100)] elements.
        byte[] numbers = new Bytes().LengthDelimited(1, new byte[101]);
        Assert.False(Collections.TryParse(numbers, out _, out ProtocolError error));
        Assert.Equal(ProtocolError.LimitExceeded, error);
        Assert.Equal(100, Collections.Parse(new Bytes().LengthDelimited(1, new byte[100])).Numbers.Count);
    }

    [Fact]
    public void Sensitive_fields_are_redacted_from_ToString()
    {
        TextAndBytes message = new() { Name = "alice", Secret = "hunter2" };
        string text = message.ToString();
        Assert.Contains("alice", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.Equal("hunter2", TextAndBytes.Parse(Encoded.Bytes(message)).Secret);
    }

    [Fact]
    public void Every_scalar_at_its_extremes_round_trips()
    {
        var message = new AllScalars
        {
            Int32 = int.MinValue, Int64 = long.MinValue, UInt32 = uint.MaxValue, UInt64 = ulong.MaxValue, SByte = sbyte.MinValue,
            Byte = byte.MaxValue, Int16 = short.MinValue, UInt16 = ushort.MaxValue, Bool = true, Single = float.Epsilon,
            Double = double.NegativeInfinity, Mood = Mood.Unknown, Rank = Rank.General, SInt32 = int.MinValue, SInt64 = long.MaxValue,
            Fixed32 = uint.MaxValue, Fixed64 = ulong.MaxValue, SFixed32 = -1, SFixed64 = long.MinValue,
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
        Assert.Empty(Encoded.Bytes(new AllScalars()));
        Assert.Empty(Encoded.Bytes(new TextAndBytes()));
        Assert.Empty(Encoded.Bytes(new Collections()));
        Assert.Empty(Encoded.Bytes(new EdgeShapes()));
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

        Assert.Equal((message.Name, 0, -0.5, Mood.Calm, "s3cret"), (back.Name, back.OptionalInt, back.OptionalDouble, back.OptionalMood, back.Secret));
        Assert.Equal(message.Payload, back.Payload);
        Assert.Equal(message.Memory.ToArray(), back.Memory.ToArray());
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

        // RoundTrip re-encodes what it decoded to the same bytes; a few values are also compared one by one.
        Collections back = RoundTrip(message, Collections.Parse, Collections.Parse);

        Assert.Equal(message.Longs, back.Longs);
        Assert.Equal(message.Scores, back.Scores);
        Assert.Equal(("sword", 0, int.MinValue), (back.Items[1].Name, back.Items[-2].TemplateId, back.Deltas[2]));
    }

    [Fact]
    public void A_value_beyond_a_narrow_field_type_is_refused()
    {
        // EdgeShapes.SInt16 (field 7, zigzag) = 40000: does not fit a short.
        Assert.False(EdgeShapes.TryParse(new byte[] { 0x38, 0x80, 0xF1, 0x04 }, out _, out ProtocolError error));
        Assert.Equal(ProtocolError.ValueOutOfRange, error);
    }

    /// <summary>
    /// Encodes every way (<see cref="Encoded.Bytes"/>), refuses a destination one byte short, and decodes from a span and from
    /// one-byte segments to the same bytes.
    /// </summary>
    private static T RoundTrip<T>(T message, MessageApi<T>.SpanParser parseSpan, MessageApi<T>.SequenceParser parseSequence)
        where T : IWireMessage
    {
        byte[] data = Encoded.Bytes(message);
        Assert.False(message.TryWriteTo(new byte[data.Length - 1], out int written));
        Assert.Equal(0, written);

        T fromSpan = parseSpan(data);
        Assert.Equal(data, Encoded.Bytes(fromSpan));
        ReadOnlySequence<byte> segments = Segments.Split(data, 1);
        Assert.Equal(data, Encoded.Bytes(parseSequence(in segments)));
        return fromSpan;
    }
}
