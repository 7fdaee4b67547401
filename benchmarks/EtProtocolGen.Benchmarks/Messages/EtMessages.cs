using System.Collections.Generic;

// The benchmark protocol as an ET project declares it for EtProtocolGen. The peers' versions of the same
// messages are in PeerMessages.cs (MemoryPack, MessagePack, protobuf-net) and et_messages.proto (Google.Protobuf).
namespace EtProtocolGen.Benchmarks.Messages.Et
{
    [Message(10001, Scope = MessageScope.Outer)]
    [ResponseType(typeof(R2C_Login))]
    [AllowAnonymous]
    public partial class C2R_Login : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2), MaxLength(32)] public string Account { get; set; } = "";
        [Field(3), MaxLength(64), Sensitive] public string Password { get; set; } = "";
    }

    [Message(10002, Scope = MessageScope.Outer)]
    [AllowAnonymous]
    public partial class R2C_Login : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = "";
        [Field(4)] public long PlayerId { get; set; }
    }

    [Message(20001, Scope = MessageScope.Outer)]
    [Authorize]
    public partial class Vector3Info : IMessage
    {
        [Field(1)] public float X { get; set; }
        [Field(2)] public float Y { get; set; }
        [Field(3)] public float Z { get; set; }
    }

    [Message(20002, Scope = MessageScope.Outer)]
    [Authorize]
    public partial class UnitInfo : IMessage
    {
        [Field(1)] public long UnitId { get; set; }
        [Field(2)] public int ConfigId { get; set; }
        [Field(3)] public int Type { get; set; }
        [Field(4)] public Vector3Info? Position { get; set; }
        [Field(5)] public Vector3Info? Forward { get; set; }
        [Field(6), MaxLength(64)] public Dictionary<int, long> KV { get; set; } = new();
    }

    [Message(20003, Scope = MessageScope.Outer)]
    [Authorize]
    public partial class M2C_CreateUnits : IMessage
    {
        [Field(1), MaxLength(256)] public List<UnitInfo> Units { get; set; } = new();
    }

    [Message(20004, Scope = MessageScope.Outer)]
    [Authorize]
    public partial class M2C_PathfindingResult : IMessage
    {
        [Field(1)] public long Id { get; set; }
        [Field(2)] public Vector3Info? Position { get; set; }
        [Field(3), MaxLength(1024)] public List<Vector3Info> Points { get; set; } = new();
    }

    [Message(20005, Scope = MessageScope.Outer)]
    [Authorize]
    public partial class C2M_Chat : IMessage
    {
        [Field(1)] public long ChannelId { get; set; }
        [Field(2), MaxLength(256)] public string Text { get; set; } = "";
    }

    [Message(20006, Scope = MessageScope.Outer)]
    [Authorize]
    public partial class ItemInfo : IMessage
    {
        [Field(1)] public long Id { get; set; }
        [Field(2)] public int ConfigId { get; set; }
        [Field(3)] public int Count { get; set; }
        [Field(4)] public int Slot { get; set; }
        [Field(5)] public bool IsBound { get; set; }
    }

    [Message(20007, Scope = MessageScope.Outer)]
    [Authorize]
    public partial class M2C_Inventory : IMessage
    {
        [Field(1)] public long PlayerId { get; set; }
        [Field(2), MaxLength(1024)] public List<ItemInfo> Items { get; set; } = new();
    }
}
