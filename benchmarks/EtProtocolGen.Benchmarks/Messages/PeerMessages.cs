using System.Collections.Generic;
using MemoryPack;
using MessagePack;
using ProtoBuf;

// The benchmark protocol for the peers that map plain classes: MemoryPack ([MemoryPackable]), MessagePack
// ([MessagePackObject], integer keys: its compact array form) and protobuf-net ([ProtoContract]). Each library
// reads only its own attributes, so one class per message serves all three, as in MemoryPack's own benchmarks.
namespace EtProtocolGen.Benchmarks.Messages.Peers
{
    [MemoryPackable, MessagePackObject, ProtoContract]
    public partial class C2R_Login
    {
        [Key(0), ProtoMember(1)] public int RpcId { get; set; }
        [Key(1), ProtoMember(2)] public string Account { get; set; } = "";
        [Key(2), ProtoMember(3)] public string Password { get; set; } = "";
    }

    [MemoryPackable, MessagePackObject, ProtoContract]
    public partial class Vector3Info
    {
        [Key(0), ProtoMember(1)] public float X { get; set; }
        [Key(1), ProtoMember(2)] public float Y { get; set; }
        [Key(2), ProtoMember(3)] public float Z { get; set; }
    }

    [MemoryPackable, MessagePackObject, ProtoContract]
    public partial class UnitInfo
    {
        [Key(0), ProtoMember(1)] public long UnitId { get; set; }
        [Key(1), ProtoMember(2)] public int ConfigId { get; set; }
        [Key(2), ProtoMember(3)] public int Type { get; set; }
        [Key(3), ProtoMember(4)] public Vector3Info? Position { get; set; }
        [Key(4), ProtoMember(5)] public Vector3Info? Forward { get; set; }
        [Key(5), ProtoMember(6)] public Dictionary<int, long> KV { get; set; } = new();
    }

    [MemoryPackable, MessagePackObject, ProtoContract]
    public partial class M2C_CreateUnits
    {
        [Key(0), ProtoMember(1)] public List<UnitInfo> Units { get; set; } = new();
    }

    [MemoryPackable, MessagePackObject, ProtoContract]
    public partial class M2C_PathfindingResult
    {
        [Key(0), ProtoMember(1)] public long Id { get; set; }
        [Key(1), ProtoMember(2)] public Vector3Info? Position { get; set; }
        [Key(2), ProtoMember(3)] public List<Vector3Info> Points { get; set; } = new();
    }

    [MemoryPackable, MessagePackObject, ProtoContract]
    public partial class C2M_Chat
    {
        [Key(0), ProtoMember(1)] public long ChannelId { get; set; }
        [Key(1), ProtoMember(2)] public string Text { get; set; } = "";
    }

    [MemoryPackable, MessagePackObject, ProtoContract]
    public partial class ItemInfo
    {
        [Key(0), ProtoMember(1)] public long Id { get; set; }
        [Key(1), ProtoMember(2)] public int ConfigId { get; set; }
        [Key(2), ProtoMember(3)] public int Count { get; set; }
        [Key(3), ProtoMember(4)] public int Slot { get; set; }
        [Key(4), ProtoMember(5)] public bool IsBound { get; set; }
    }

    [MemoryPackable, MessagePackObject, ProtoContract]
    public partial class M2C_Inventory
    {
        [Key(0), ProtoMember(1)] public long PlayerId { get; set; }
        [Key(1), ProtoMember(2)] public List<ItemInfo> Items { get; set; } = new();
    }
}
