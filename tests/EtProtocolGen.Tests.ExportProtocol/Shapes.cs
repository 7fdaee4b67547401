using System;
using System.Collections.Generic;
using EtProtocolGen;
using Game.Engine;

[assembly: ProtocolLimits(DefaultMaxStringLength = 48, DefaultMaxCollectionLength = 24, DefaultMaxBytesLength = 40)]
[assembly: WireSurrogate(typeof(Position), typeof(Game.Export.PositionWire))]

namespace Game.Engine
{
    /// <summary>An engine type the wire cannot carry by itself.</summary>
    public struct Position
    {
        public float X;
        public float Y;
    }
}

namespace Game.Export
{
    /// <summary>How a shop item is paid for.</summary>
    public enum Currency
    {
        /// <summary>Not chosen.</summary>
        None = 0,
        Gold = 1,
        GemStone = 2,
        HPPotion = 7,
    }

    /// <summary>A rarity without a zero member: the export adds one.</summary>
    public enum Rarity : byte
    {
        Common = 1,
        Rare = 2,
        Epic = 3,
    }

    /// <summary>Flags over a uint: a member above int.MaxValue is a negative int32 on the wire.</summary>
    public enum Mask : uint
    {
        None = 0,
        Low = 1,
        High = 0x80000000,
    }

    /// <summary>The wire shape of <see cref="Position"/>.</summary>
    [Message]
    public partial struct PositionWire
    {
        [Field(1)] public float X { get; set; }
        [Field(2)] public float Y { get; set; }

        public static implicit operator PositionWire(Position value) => new PositionWire { X = value.X, Y = value.Y };

        public static implicit operator Position(PositionWire wire) => new Position { X = wire.X, Y = wire.Y };
    }

    /// <summary>A price: a value used only inside other messages.</summary>
    [Message]
    public partial class Price
    {
        [Field(1)] public Currency Currency { get; set; }

        [Field(2, Encoding = FieldEncoding.ZigZag)] public long Amount { get; set; }
    }

    /// <summary>Every scalar encoding.</summary>
    [Message(5001), Authorize]
    [Reserved(9, 10, Names = "OldName,Legacy")]
    public partial class C2S_Numbers : IMessage
    {
        [Field(1)] public int Plain { get; set; }
        [Field(2, Encoding = FieldEncoding.ZigZag)] public int Signed { get; set; }
        [Field(3, Encoding = FieldEncoding.Fixed)] public int FixedSigned { get; set; }
        [Field(4, Encoding = FieldEncoding.Fixed)] public uint FixedUnsigned { get; set; }
        [Field(5)] public ulong Big { get; set; }
        [Field(6, Encoding = FieldEncoding.Fixed)] public ulong BigFixed { get; set; }
        [Field(7, Encoding = FieldEncoding.ZigZag)] public long BigSigned { get; set; }
        [Field(8, Encoding = FieldEncoding.Fixed)] public long BigFixedSigned { get; set; }
        [Field(11)] public byte Level { get; set; }
        [Field(12)] public sbyte Offset { get; set; }
        [Field(13)] public short Height { get; set; }
        [Field(14, Encoding = FieldEncoding.Fixed)] public ushort Port { get; set; }
        [Field(15)] public bool Flag { get; set; }
        [Field(16)] public float Ratio { get; set; }
        [Field(17)] public double Precise { get; set; }
        [Field(18)] public int? Maybe { get; set; }
        [Field(19)] public Rarity Rarity { get; set; }
        [Field(20), Range(-5, 5)] public int Small { get; set; }
        [Field(21)] public Mask Mask { get; set; }
    }

    /// <summary>Buys items: every collection shape.</summary>
    [Message(5002), Authorize(Roles = "player,vip")]
    [ResponseType(typeof(S2C_Buy))]
    [RateLimit(5, 10, Per = RateLimitPartition.Connection | RateLimitPartition.Account)]
    [MaxConcurrency(2, Per = RateLimitPartition.Account)]
    public partial class C2S_Buy : IRequest
    {
        [Field(1)] public int RpcId { get; set; }

        /// <summary>The shop's code for the item.</summary>
        [Field(2), MaxLength(16), MinLength(2), Required] public string ItemCode { get; set; } = "";

        [Field(3), MaxLength(4)] public List<Price> Offers { get; set; } = new();
        [Field(4), MaxLength(8)] public Dictionary<string, int> Tags { get; set; } = new();
        [Field(5)] public Dictionary<long, Price> ByShop { get; set; } = new();
        [Field(6)] public Dictionary<bool, string> Switches { get; set; } = new();
        [Field(7), MaxLength(32)] public byte[] Receipt { get; set; } = Array.Empty<byte>();
        [Field(8)] public ReadOnlyMemory<byte> Signature { get; set; }
        [Field(9), MaxLength(6)] public int[] Slots { get; set; } = Array.Empty<int>();
        [Field(10)] public List<Currency> Currencies { get; set; } = new();
        [Field(11, Encoding = FieldEncoding.ZigZag)] public List<long> Deltas { get; set; } = new();
        [Field(12)] public List<string> Notes { get; set; } = new();
        [Field(13), Sensitive, MaxLength(24)] public string Coupon { get; set; } = "";
        [Field(14)] public Dictionary<byte, ushort> Narrow { get; set; } = new();
    }

    [Message(5003), AllowAnonymous]
    public partial class S2C_Buy : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(64)] public string Message { get; set; } = "";
        [Field(4)] public Price? Paid { get; set; }
        [Field(5)] public Position Where { get; set; }
        [Field(6), MaxLength(8)] public List<Position> Path { get; set; } = new();
    }

    /// <summary>A tree: a recursive message, bounded by its depth.</summary>
    [Message(5004, MaxDepth = 5, Direction = MessageDirection.Both), AllowAnonymous, RateLimit(20, 1, Per = RateLimitPartition.RemoteAddress)]
    public partial class Node : IMessage
    {
        [Field(1), MaxLength(40)] public string Name { get; set; } = "";
        [Field(2), MaxLength(3)] public List<Node> Children { get; set; } = new();
        [Field(3)] public Cell Cell { get; set; }
    }

    /// <summary>A struct message the server sends (a declared direction the export writes as (etp.direction)).</summary>
    [Message(5005, Direction = MessageDirection.ServerToClient), Authorize]
    public partial struct Cell : IMessage
    {
        [Field(1, Encoding = FieldEncoding.ZigZag)] public int Row { get; set; }
        [Field(2, Encoding = FieldEncoding.ZigZag)] public int Column { get; set; }
    }

    /// <summary>Server-to-server: not exported unless asked.</summary>
    [Message(6001, Scope = MessageScope.Inner), Authorize(Roles = "server")]
    public partial class S2S_Audit : IMessage
    {
        [Field(1), MaxLength(64)] public string Entry { get; set; } = "";
        [Field(2)] public Price? Total { get; set; }
        [Field(3)] public Secret Hidden { get; set; } = new();
    }

    /// <summary>Used by an inner message only: in the inner file.</summary>
    [Message]
    public partial class Secret
    {
        [Field(1), Sensitive, MaxLength(32)] public string Token { get; set; } = "";
    }
}
