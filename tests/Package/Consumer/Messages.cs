using EtProtocolGen;

namespace Consumer;

[Message(10001, Scope = MessageScope.Outer)]
[ResponseType(typeof(G2C_Login))]
[AllowAnonymous]
[RateLimit(5, 60, Per = RateLimitPartition.Connection | RateLimitPartition.RemoteAddress)]
public partial class C2G_Login : IRequest
{
    [Field(1)] public int RpcId { get; set; }
    [Field(2), MaxLength(32)] public string Account { get; set; } = "";
    [Field(3), MaxLength(64), Sensitive] public string Password { get; set; } = "";
}

[Message(10002, Scope = MessageScope.Outer)]
[AllowAnonymous]
public partial class G2C_Login : IResponse
{
    [Field(1)] public int RpcId { get; set; }
    [Field(2)] public int Error { get; set; }
    [Field(3), MaxLength(256)] public string Message { get; set; } = "";
    [Field(4)] public long PlayerId { get; set; }
    [Field(5), MaxLength(16)] public List<int> Servers { get; set; } = new();
}
