using System;
using System.Collections.Generic;

[assembly: EtProtocolGen.ProtocolLimits(MaxMessageSize = 65536, MaxDepth = 8, DefaultMaxStringLength = 40, DefaultMaxCollectionLength = 30)]

namespace EtProtocolGen.Tool.Tests.Protocol
{
    // Messages whose shapes the sample protocol lacks, for DecoderAllocationTests: maps, bytes, packed numbers, arrays,
    // nested lists, recursion, constructors that create values. Never sent anywhere.

    public enum Mood : byte { Calm, Angry }

    [Message(40001), Authorize]
    public partial class Inventory : IMessage
    {
        [Field(1), MaxLength(20)] public Dictionary<string, Slot> ByName { get; set; } = new();
        [Field(2), MaxLength(20)] public Dictionary<int, string> Notes { get; set; } = new();
        [Field(3), MaxLength(64)] public byte[] Blob { get; set; } = new byte[0];
        [Field(4)] public ReadOnlyMemory<byte> Raw { get; set; }
        [Field(5), MaxLength(25)] public long[] Stamps { get; set; } = Array.Empty<long>();
        [Field(6)] public List<string> Tags { get; set; } = new();
        [Field(7)] public Slot Main { get; set; } = new();
        [Field(8)] public int? Level { get; set; }
        [Field(9)] public List<Mood> Moods { get; set; } = new();
        [Field(10, Encoding = EtProtocolGen.FieldEncoding.Fixed)] public List<int> Codes { get; set; } = new();
        [Field(11), MaxLength(12)] public Slot[] Slots { get; set; } = Array.Empty<Slot>();
    }

    [Message(40002), Authorize]
    public partial class Slot : IMessage
    {
        [Field(1), MaxLength(10)] public string Name { get; set; } = "";
        [Field(2), MaxLength(5)] public List<int> Counts { get; set; } = new();
        [Field(3)] public short Small { get; set; }
    }

    [Message(40003, MaxDepth = 6), Authorize]
    public partial class TreeNode : IMessage
    {
        [Field(1), MaxLength(4)] public List<TreeNode> Children { get; set; } = new();
        [Field(2), MaxLength(8)] public string Label { get; set; } = "";
    }

    [Message(40004), Authorize]
    public partial struct Point : IMessage
    {
        [Field(1)] public float X { get; set; }
        [Field(2), MaxLength(6)] public string Tag { get; set; }
    }

    [Message(40005), Authorize]
    public partial class Path : IMessage
    {
        [Field(1), MaxLength(16)] public List<Point> Points { get; set; } = new();
        [Field(2)] public Point Start { get; set; }
        [Field(3)] public Dictionary<long, Point> Marks { get; set; } = new();
        [Field(4)] public Style Look { get; set; }
    }

    [Message(40006), Authorize]
    public partial struct Style : IMessage
    {
        [Field(1), MaxLength(4)] public Dictionary<string, string> Attributes { get; set; }
        [Field(2)] public byte[] Pattern { get; set; }
    }
}
