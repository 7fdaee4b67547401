using System.Collections.Generic;

namespace EtProtocolGen.Fuzz.Protocol
{
    /// <summary>A bag snapshot: nested items with strings and optionals, packed slots, fixed64 gold and a bounded blob.</summary>
    [Message(10030)]
    [Authorize]
    public partial class M2C_Inventory : IMessage
    {
        [Field(1), MaxLength(200)] public List<ItemInfo> Items { get; set; } = new();
        [Field(2), MaxLength(16)] public int[] EquippedSlots { get; set; } = System.Array.Empty<int>();
        [Field(3), MaxLength(512)] public byte[] Extra { get; set; } = System.Array.Empty<byte>();
        [Field(4, Encoding = FieldEncoding.Fixed)] public ulong Gold { get; set; }
        [Field(5)] public uint? Capacity { get; set; }
    }

    [Message(10031)]
    [Authorize(Roles = "player")]
    [ResponseType(typeof(M2C_UseItem))]
    public partial class C2M_UseItem : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public long ItemId { get; set; }
        [Field(3), Range(1, 99)] public int Count { get; set; }
    }

    [Message(10032)]
    [AllowAnonymous]
    public partial class M2C_UseItem : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = "";
        [Field(4)] public ItemInfo? Item { get; set; }
    }

    /// <summary>Server-to-server: an outer session never reaches it, even though it allows anonymous senders.</summary>
    [Message(20001, Scope = MessageScope.Inner)]
    [AllowAnonymous]
    public partial class S2M_GrantItem : IMessage
    {
        [Field(1)] public long PlayerId { get; set; }
        [Field(2)] public ItemInfo? Item { get; set; }
    }
}
