using System.Collections.Generic;

// Embedded messages shared by the top-level ones. They have opcodes (every [Message] does) but no handler.
namespace EtProtocolGen.Fuzz.Protocol
{
    public enum ItemQuality : byte
    {
        Common = 0,
        Rare = 1,
        Epic = 2,
        Legendary = 3,
    }

    [Message(10100)]
    public partial class Vector3Info
    {
        [Field(1)] public float X { get; set; }
        [Field(2)] public float Y { get; set; }
        [Field(3)] public float Z { get; set; }
    }

    [Message(10101)]
    public partial class MoveInfo
    {
        [Field(1), MaxLength(128)] public List<Vector3Info> Points { get; set; } = new();
        [Field(2)] public Vector3Info? Rotation { get; set; }
        [Field(3, Encoding = FieldEncoding.ZigZag)] public int TurnSpeed { get; set; }
    }

    [Message(10102)]
    public partial class UnitInfo
    {
        [Field(1)] public long UnitId { get; set; }
        [Field(2)] public int ConfigId { get; set; }
        [Field(3)] public int Type { get; set; }
        [Field(4)] public Vector3Info? Position { get; set; }
        [Field(5)] public Vector3Info? Forward { get; set; }
        [Field(6), MaxLength(32)] public Dictionary<int, long> KV { get; set; } = new();
        [Field(7)] public MoveInfo? MoveInfo { get; set; }
    }

    [Message(10103)]
    public partial class ItemInfo
    {
        [Field(1)] public long ItemId { get; set; }
        [Field(2)] public int ConfigId { get; set; }
        [Field(3), Range(0, 9999)] public int Count { get; set; }
        [Field(4)] public ItemQuality Quality { get; set; }
        [Field(5), MaxLength(8)] public List<string> Tags { get; set; } = new();
        [Field(6)] public bool? Bound { get; set; }
    }
}
