using System;
using System.Collections.Generic;
using EtProtocolGen;

// C# 9: block namespaces, no record structs, no global usings.
namespace EtProtocolGen.NetStandard.Protocol
{
    public enum Mood
    {
        Calm = 0,
        Angry = 1,
        Unknown = -1,
    }

    public enum Rank : ushort
    {
        Private = 0,
        General = 60000,
    }

    /// <summary>Every scalar family and encoding.</summary>
    [Message(3001)]
    [AllowAnonymous]
    public partial class AllScalars
    {
        [Field(1)] public int Int32 { get; set; }
        [Field(2)] public long Int64 { get; set; }
        [Field(3)] public uint UInt32 { get; set; }
        [Field(4)] public ulong UInt64 { get; set; }
        [Field(5)] public sbyte SByte { get; set; }
        [Field(6)] public byte Byte { get; set; }
        [Field(7)] public short Int16 { get; set; }
        [Field(8)] public ushort UInt16 { get; set; }
        [Field(9)] public bool Bool { get; set; }
        [Field(10)] public float Single { get; set; }
        [Field(11)] public double Double { get; set; }
        [Field(12)] public Mood Mood { get; set; }
        [Field(13)] public Rank Rank { get; set; }
        [Field(14, Encoding = FieldEncoding.ZigZag)] public int SInt32 { get; set; }
        [Field(15, Encoding = FieldEncoding.ZigZag)] public long SInt64 { get; set; }
        [Field(16, Encoding = FieldEncoding.Fixed)] public uint Fixed32 { get; set; }
        [Field(17, Encoding = FieldEncoding.Fixed)] public ulong Fixed64 { get; set; }
        [Field(18, Encoding = FieldEncoding.Fixed)] public int SFixed32 { get; set; }
        [Field(19, Encoding = FieldEncoding.Fixed)] public long SFixed64 { get; set; }
    }

    /// <summary>Strings, bytes and proto3 optionals, with limits.</summary>
    [Message(3002)]
    [AllowAnonymous]
    public partial class TextAndBytes
    {
        [Field(1), MaxLength(64)] public string Name { get; set; } = "";
        [Field(2), MaxLength(256)] public byte[] Payload { get; set; } = Array.Empty<byte>();
        [Field(3), MaxLength(256)] public ReadOnlyMemory<byte> Memory { get; set; }
        [Field(4)] public int? OptionalInt { get; set; }
        [Field(5)] public double? OptionalDouble { get; set; }
        [Field(6)] public Mood? OptionalMood { get; set; }
        [Field(7), Sensitive] public string Secret { get; set; } = "";
    }

    /// <summary>Collections and maps of every element family.</summary>
    [Message(3003)]
    [AllowAnonymous]
    public partial class Collections
    {
        [Field(1), MaxLength(100)] public List<int> Numbers { get; set; } = new List<int>();
        [Field(2), MaxLength(100)] public long[] Longs { get; set; } = Array.Empty<long>();
        [Field(3), MaxLength(100)] public List<string> Names { get; set; } = new List<string>();
        [Field(4), MaxLength(100)] public List<byte[]> Blobs { get; set; } = new List<byte[]>();
        [Field(5), MaxLength(100)] public List<Mood> Moods { get; set; } = new List<Mood>();
        [Field(6), MaxLength(100)] public Dictionary<string, int> Scores { get; set; } = new Dictionary<string, int>();
        [Field(7), MaxLength(100)] public Dictionary<int, Player.Item> Items { get; set; } = new Dictionary<int, Player.Item>();
        [Field(8, Encoding = FieldEncoding.ZigZag), MaxLength(100)] public List<int> Deltas { get; set; } = new List<int>();
        [Field(9), MaxLength(100)] public List<Position> Path { get; set; } = new List<Position>();
    }

    /// <summary>A struct message with public fields.</summary>
    [Message(3004)]
    [AllowAnonymous]
    public partial struct Position
    {
        [Field(1)] public float X;
        [Field(2)] public float Y;
    }

    /// <summary>A message with a message nested inside its declaration.</summary>
    [Message(3005)]
    [AllowAnonymous]
    public partial class Player
    {
        [Field(1)] public int Id { get; set; }
        [Field(2)] public Item? MainHand { get; set; }
        [Field(3), MaxLength(32)] public List<Item> Bag { get; set; } = new List<Item>();
        [Field(4)] public Position Position { get; set; }
        [Field(5)] public Player? Pet { get; set; }

        [Message(3006)]
        [AllowAnonymous]
        public partial class Item
        {
            [Field(1)] public int TemplateId { get; set; }
            [Field(2), MaxLength(32)] public string Name { get; set; } = "";
        }
    }

    public enum Color : byte
    {
        Red = 0,
        Green = 1,
        Blue = 255,
    }

    /// <summary>The remaining shapes: optionals, packed and unpacked element kinds, map key and value kinds, narrow encodings.</summary>
    [Message(3008)]
    [AllowAnonymous]
    public partial class EdgeShapes
    {
        [Field(1)] public bool? OptionalBool { get; set; }
        [Field(2)] public long? OptionalLong { get; set; }
        [Field(3)] public ulong? OptionalULong { get; set; }
        [Field(4)] public float? OptionalFloat { get; set; }
        [Field(5, Encoding = FieldEncoding.ZigZag)] public int? OptionalSInt32 { get; set; }
        [Field(6, Encoding = FieldEncoding.Fixed)] public uint? OptionalFixed32 { get; set; }
        [Field(7, Encoding = FieldEncoding.ZigZag)] public short SInt16 { get; set; }
        [Field(8, Encoding = FieldEncoding.Fixed)] public sbyte SFixedSByte { get; set; }
        [Field(9, Encoding = FieldEncoding.Fixed)] public ushort FixedUInt16 { get; set; }
        [Field(10)] public Color Color { get; set; }
        [Field(11), MaxLength(100)] public List<bool> Flags { get; set; } = new List<bool>();
        [Field(12), MaxLength(100)] public float[] Floats { get; set; } = Array.Empty<float>();
        [Field(13), MaxLength(100)] public List<double> Doubles { get; set; } = new List<double>();
        [Field(14, Encoding = FieldEncoding.Fixed), MaxLength(100)] public List<uint> Fixed32s { get; set; } = new List<uint>();
        [Field(15, Encoding = FieldEncoding.ZigZag), MaxLength(100)] public long[] SInt64s { get; set; } = Array.Empty<long>();
        [Field(16), MaxLength(100)] public List<short> Shorts { get; set; } = new List<short>();
        [Field(17), MaxLength(100)] public Color[] Colors { get; set; } = Array.Empty<Color>();
        [Field(18), MaxLength(100)] public string[] Words { get; set; } = Array.Empty<string>();
        [Field(19), MaxLength(100)] public List<ReadOnlyMemory<byte>> Chunks { get; set; } = new List<ReadOnlyMemory<byte>>();
        [Field(20), MaxLength(100)] public Player.Item[] Loot { get; set; } = Array.Empty<Player.Item>();
        [Field(21), MaxLength(100)] public Dictionary<long, string> Names { get; set; } = new Dictionary<long, string>();
        [Field(22), MaxLength(100)] public Dictionary<bool, byte[]> ByFlag { get; set; } = new Dictionary<bool, byte[]>();
        [Field(23), MaxLength(100)] public Dictionary<uint, Mood> Moods { get; set; } = new Dictionary<uint, Mood>();
        [Field(24), MaxLength(100)] public Dictionary<string, Position> Places { get; set; } = new Dictionary<string, Position>();
        [Field(25), MaxLength(100)] public Dictionary<ulong, ReadOnlyMemory<byte>> Memories { get; set; } = new Dictionary<ulong, ReadOnlyMemory<byte>>();
        [Field(26, Encoding = FieldEncoding.ZigZag), MaxLength(100)] public Dictionary<sbyte, long> Offsets { get; set; } = new Dictionary<sbyte, long>();
        [Field(27), MaxLength(100)] public Dictionary<ushort, double> Weights { get; set; } = new Dictionary<ushort, double>();
    }

    /// <summary>A message without fields: encodes to nothing.</summary>
    [Message(3009)]
    [AllowAnonymous]
    public partial class Empty
    {
    }

    /// <summary>A C# 9 record message.</summary>
    [Message(3007)]
    [AllowAnonymous]
    public partial record Greeting
    {
        [Field(1), MaxLength(32)] public string Text { get; set; } = "";
        [Field(2)] public int Times { get; set; }
    }
}
