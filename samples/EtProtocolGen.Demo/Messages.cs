using System.Collections.Generic;
using EtProtocolGen;

namespace EtProtocolGen.Demo;

[Message(10001, Scope = MessageScope.Outer)]
[ResponseType(typeof(G2C_Login))]
[AllowAnonymous]
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
    [Field(5), MaxLength(64), Sensitive] public string GateKey { get; set; } = "";
}

[Message(20001, Scope = MessageScope.Outer)]
[Authorize]
public partial class M2C_PathfindingResult : IMessage
{
    [Field(1)] public long UnitId { get; set; }
    [Field(2), MaxLength(256)] public List<Vector3Info> Points { get; set; } = new();
}

[Message(20002, Scope = MessageScope.Outer)]
[Authorize]
public partial struct Vector3Info : IMessage
{
    [Field(1)] public float X { get; set; }
    [Field(2)] public float Y { get; set; }
    [Field(3)] public float Z { get; set; }
}

[Message(20003, Scope = MessageScope.Outer)]
[Authorize]
public partial class C2M_Chat : IMessage
{
    [Field(1), MaxLength(200)] public string Text { get; set; } = "";
    [Field(2, Encoding = FieldEncoding.ZigZag)] public int Channel { get; set; }
    [Field(3), MaxLength(8)] public Dictionary<int, long> Mentions { get; set; } = new();
}
