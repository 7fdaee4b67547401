using System.Collections.Generic;

namespace EtProtocolGen.Sample.Protocol
{
    /// <summary>Ask the map for the items in one of the player's bags (a location request: the gate forwards it to the player's unit).</summary>
    [Message(10012, Scope = MessageScope.Outer)]
    [ResponseType(typeof(M2C_Inventory))]
    [Authorize]
    public partial class C2M_GetInventory : ILocationRequest
    {
        [Field(1)] public int RpcId { get; set; }

        [Field(2), Range(0, 7)] public int Bag { get; set; }
    }

    /// <summary>The items in the bag.</summary>
    [Message(10013, Scope = MessageScope.Outer)]
    [AllowAnonymous]
    public partial class M2C_Inventory : IResponse
    {
        /// <summary>The most items one answer carries, and so the most one bag may hold: the server refuses to add more.</summary>
        public const int MaxItems = 100;

        [Field(1)] public int RpcId { get; set; }

        [Field(2)] public int Error { get; set; }

        [Field(3), MaxLength(256)] public string Message { get; set; } = "";

        [Field(4), MaxLength(MaxItems)] public List<ItemInfo> Items { get; set; } = new List<ItemInfo>();
    }

    /// <summary>One stack of items.</summary>
    [Message(10014, Scope = MessageScope.Outer)]
    [Authorize]
    public partial class ItemInfo : IMessage
    {
        [Field(1)] public long ItemId { get; set; }

        [Field(2), Range(1, 99999)] public int ConfigId { get; set; }

        [Field(3), Range(1, 9999)] public int Count { get; set; }
    }
}
