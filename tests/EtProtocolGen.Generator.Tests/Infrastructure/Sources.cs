namespace EtProtocolGen.Generator.Tests.Infrastructure;

/// <summary>Representative protocol sources, as users write them.</summary>
internal static class Sources
{
    public const string Login = """
        using EtProtocolGen;

        namespace Game.Protocol
        {
            [Message(10001, Scope = MessageScope.Outer)]
            [ResponseType(typeof(G2C_Login))]
            [AllowAnonymous]
            public partial class C2G_Login : IRequest
            {
                [Field(1)] public int RpcId { get; set; }
                [Field(2), MaxLength(32), Required] public string Account { get; set; } = "";
                [Field(3), MaxLength(64), MinLength(8), Sensitive] public string Password { get; set; } = "";
            }

            [Message(10002)]
            public partial class G2C_Login : IResponse
            {
                [Field(1)] public int RpcId { get; set; }
                [Field(2)] public int Error { get; set; }
                [Field(3), MaxLength(256)] public string Message { get; set; } = "";
                [Field(4), Sensitive] public string? SessionKey { get; set; }
            }
        }
        """;

    public const string AllScalars = """
        using EtProtocolGen;

        namespace Game.Protocol
        {
            public enum Kind { None, First = 1, Second = 2 }

            public enum Color : byte { Red, Green, Blue }

            [Message(2001)]
            public partial class AllScalars
            {
                [Field(1)] public sbyte SByteValue { get; set; }
                [Field(2)] public byte ByteValue { get; set; }
                [Field(3)] public short Int16Value { get; set; }
                [Field(4)] public ushort UInt16Value { get; set; }
                [Field(5)] public int Int32Value { get; set; }
                [Field(6)] public uint UInt32Value { get; set; }
                [Field(7)] public long Int64Value { get; set; }
                [Field(8)] public ulong UInt64Value { get; set; }
                [Field(9)] public bool BoolValue { get; set; }
                [Field(10)] public float FloatValue { get; set; }
                [Field(11), Range(-1.5, 1.5)] public double DoubleValue { get; set; }
                [Field(12)] public Kind KindValue { get; set; }
                [Field(13)] public Color ColorValue { get; set; }
                [Field(14, Encoding = FieldEncoding.ZigZag)] public int ZigZag32 { get; set; }
                [Field(15, Encoding = FieldEncoding.ZigZag)] public long ZigZag64 { get; set; }
                [Field(16, Encoding = FieldEncoding.Fixed)] public uint Fixed32 { get; set; }
                [Field(17, Encoding = FieldEncoding.Fixed)] public ulong Fixed64 { get; set; }
                [Field(18, Encoding = FieldEncoding.Fixed)] public int SFixed32 { get; set; }
                [Field(20, Encoding = FieldEncoding.Fixed)] public long SFixed64 { get; set; }
                [Field(21, Encoding = FieldEncoding.ZigZag)] public short ZigZag16 { get; set; }
                [Field(22), MaxLength(1024)] public byte[] Bytes { get; set; } = System.Array.Empty<byte>();
                [Field(23)] public System.ReadOnlyMemory<byte> Memory { get; set; }
                [Field(24), Range(0, 10)] public ulong Small { get; set; }
                [Field(2000), Range(0, 100)] public int Percent;
                [Field(536870911)] public int LastField;
            }
        }
        """;

    public const string Composite = """
        using System;
        using System.Collections.Generic;
        using EtProtocolGen;

        [assembly: ProtocolLimits(MaxMessageSize = 65536, DefaultMaxStringLength = 256, DefaultMaxCollectionLength = 1000)]

        namespace Game.Protocol
        {
            [Message(3001)]
            public partial class Item
            {
                [Field(1)] public int Id { get; set; }
                [Field(2), MaxLength(16)] public string Name { get; set; } = "";
            }

            [Message(3002)]
            public partial struct Position
            {
                [Field(1)] public float X;
                [Field(2)] public float Y;
            }

            [Message(3003)]
            public partial class Inventory
            {
                [Field(1), Required] public Item? Main { get; set; }
                [Field(2)] public Position Position { get; set; }
                [Field(3), MaxLength(100)] public List<Item> Items { get; set; } = new();
                [Field(4), MaxLength(50), Range(1, 999)] public List<int> Counts { get; set; } = new();
                [Field(5, Encoding = FieldEncoding.Fixed)] public long[] Stamps { get; set; } = Array.Empty<long>();
                [Field(6), MaxLength(10)] public Dictionary<string, Item> ByName { get; set; } = new();
                [Field(7, Encoding = FieldEncoding.ZigZag)] public Dictionary<int, long> Scores { get; set; } = new();
                [Field(8), Range(1, 60)] public int? Level { get; set; }
                [Field(9), MinLength(1)] public List<string> Tags { get; set; } = new();
                [Field(10)] public bool? Flag { get; set; }
                [Field(11)] public Dictionary<uint, byte[]> Blobs { get; set; } = new();
                [Field(12)] public ItemKind[] Kinds { get; set; } = Array.Empty<ItemKind>();
            }

            public enum ItemKind { None, Weapon, Armor }
        }
        """;

    public const string Recursive = """
        using System.Collections.Generic;
        using EtProtocolGen;

        namespace Game.Protocol
        {
            [Message(4001, MaxDepth = 8)]
            public partial class TreeNode
            {
                [Field(1)] public string Name { get; set; } = "";
                [Field(2), MaxLength(16)] public List<TreeNode> Children { get; set; } = new();
                [Field(3)] public TreeNode? Next { get; set; }
            }
        }
        """;

    /// <summary>
    /// Messages whose fields all have a fixed maximum size (a point, a pose of two points), in a single field, a list, an array
    /// and a map of another message: each adds a constant to the size bound instead of a call per element.
    /// </summary>
    public const string FixedSize = """
        using System.Collections.Generic;
        using EtProtocolGen;

        namespace Game.Protocol
        {
            [Message(8001)]
            public partial class Point
            {
                [Field(1)] public float X { get; set; }
                [Field(2)] public float Y { get; set; }
                [Field(3)] public int Floor { get; set; }
            }

            [Message(8002)]
            public partial struct Pose
            {
                [Field(1)] public Point? Position;
                [Field(2)] public Point? Facing;
                [Field(3, Encoding = FieldEncoding.ZigZag)] public long? Tick;
            }

            [Message(8003)]
            public partial class Route
            {
                [Field(1)] public long Id { get; set; }
                [Field(2)] public Pose Start { get; set; }
                [Field(3), MaxLength(1024)] public List<Point> Points { get; set; } = new();
                [Field(4), MaxLength(8)] public Pose[] Stops { get; set; } = new Pose[0];
                [Field(5), MaxLength(16)] public Dictionary<int, Point> Marks { get; set; } = new();
                [Field(6), MaxLength(32)] public string Name { get; set; } = "";
            }
        }
        """;

    public const string Struct = """
        using EtProtocolGen;

        namespace Game.Protocol
        {
            [Message(5001)]
            public partial struct Move
            {
                [Field(1, Encoding = FieldEncoding.ZigZag)] public int Dx;
                [Field(2, Encoding = FieldEncoding.ZigZag)] public int Dy;
                [Field(3)] public uint Sequence { get; set; }
            }
        }
        """;

    public const string Records = """
        using EtProtocolGen;

        namespace Game.Protocol
        {
            [Message(6001)]
            public partial record ChatMessage
            {
                [Field(1)] public long From { get; set; }
                [Field(2), MaxLength(256)] public string Text { get; set; } = "";
                [Field(3), Sensitive] public string Token { get; set; } = "";
            }

            [Message(6002)]
            public sealed partial record Ack
            {
                [Field(1)] public int Id { get; set; }
            }

            public record Envelope
            {
                public string Channel { get; set; } = "world";
            }

            [Message(6003)]
            public partial record ChatReply : Envelope
            {
                [Field(1)] public bool Delivered { get; set; }
            }
        }
        """;

    /// <summary>C# 10 user code: file-scoped namespace, nested types, a record struct; generated code stays C# 9.</summary>
    public const string FileScopedNested = """
        using EtProtocolGen;

        namespace Game.Nested;

        public static partial class Protocol
        {
            [Message(7001)]
            public partial class Hello
            {
                [Field(1)] public string Greeting { get; set; } = "";
            }

            public partial class Inner
            {
                [Message(7002)]
                public partial record struct Ping
                {
                    [Field(1)] public long Time { get; set; }
                }
            }
        }
        """;

    public const string GlobalNamespace = """
        using EtProtocolGen;

        [Message(7003)]
        public partial class GlobalPing
        {
            [Field(1)] public int Sequence { get; set; }
        }
        """;
}
