using System.Collections.Generic;
using EtProtocolGen;

namespace UnityConsumer
{
    public enum ItemKind
    {
        None = 0,
        Weapon = 1,
        Potion = 2,
    }

    [Message(20001, Scope = MessageScope.Outer)]
    [Authorize]
    public partial class C2M_UseItem : IMessage
    {
        [Field(1)] public long ItemId { get; set; }
        [Field(2)] public ItemKind Kind { get; set; }
        [Field(3), MaxLength(8)] public List<int> Targets { get; set; } = new List<int>();
        [Field(4)] public int? Slot { get; set; }
    }

    [Message(20002, Scope = MessageScope.Outer)]
    [Authorize]
    public partial struct M2C_Position : IMessage
    {
        [Field(1)] public float X { get; set; }
        [Field(2)] public float Y { get; set; }
        [Field(3, Encoding = FieldEncoding.ZigZag)] public int Floor { get; set; }
    }

    public partial class Containers
    {
        [Message(20003, Scope = MessageScope.Outer)]
        [Authorize(Roles = "gm")]
        public partial class C2M_Teleport : IMessage
        {
            [Field(1)] public M2C_Position Target { get; set; }
            [Field(2), MaxLength(16)] public Dictionary<int, long> Costs { get; set; } = new Dictionary<int, long>();
            [Field(3), MaxLength(128)] public byte[] Proof { get; set; } = new byte[0];
        }
    }
}
