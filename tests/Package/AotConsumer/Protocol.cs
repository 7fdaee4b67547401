using EtProtocolGen;

namespace AotConsumer;

[Message(20001)]
[ResponseType(typeof(G2C_EnterMap))]
[AllowAnonymous]
[RateLimit(3, 60, Per = RateLimitPartition.Connection | RateLimitPartition.RemoteAddress)]
public partial class C2G_EnterMap : IRequest
{
    [Field(1)] public int RpcId { get; set; }
    [Field(2), Range(1, 1000)] public int MapId { get; set; }
    [Field(3), MaxLength(32)] public string Name { get; set; } = "";
}

[Message(20002)]
[AllowAnonymous]
public partial class G2C_EnterMap : IResponse
{
    [Field(1)] public int RpcId { get; set; }
    [Field(2)] public int Error { get; set; }
    [Field(3), MaxLength(128)] public string Message { get; set; } = "";
    [Field(4), MaxLength(64)] public List<Unit> Units { get; set; } = new();
    [Field(5), MaxLength(8)] public Dictionary<int, long> Stats { get; set; } = new();
}

[Message(20003)]
[AllowAnonymous]
public partial class Unit : IMessage
{
    [Field(1)] public long Id { get; set; }
    [Field(2, Encoding = FieldEncoding.ZigZag)] public int X { get; set; }
    [Field(3, Encoding = FieldEncoding.ZigZag)] public int Y { get; set; }
}

[Message(20004)]
[ResponseType(typeof(G2C_Kick))]
[Authorize(Roles = "gm")]
public partial class C2G_Kick : IRequest
{
    [Field(1)] public int RpcId { get; set; }
    [Field(2), Range(1, long.MaxValue)] public long PlayerId { get; set; }
}

[Message(20005)]
[AllowAnonymous]
public partial class G2C_Kick : IResponse
{
    [Field(1)] public int RpcId { get; set; }
    [Field(2)] public int Error { get; set; }
    [Field(3), MaxLength(128)] public string Message { get; set; } = "";
}
