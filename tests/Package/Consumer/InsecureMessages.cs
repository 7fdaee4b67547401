using EtProtocolGen;

namespace Consumer;

// Deliberately insecure: no [MaxLength] on an Outer string (ETP0101), no [Authorize]/[AllowAnonymous]
// (ETP0102), a secret-looking field without [Sensitive] (ETP0105), and an anonymous request with no rate
// limit of its own (ETP0109). The package check expects these diagnostics in the build output.
[Message(10100, Scope = MessageScope.Outer)]
public partial class C2M_Chat : IMessage
{
    [Field(1)] public string Text { get; set; } = "";
    [Field(2), MaxLength(64)] public string AuthToken { get; set; } = "";
}

[Message(10101, Scope = MessageScope.Outer)]
[ResponseType(typeof(G2C_Login))]
[AllowAnonymous]
public partial class C2G_Register : IRequest
{
    [Field(1)] public int RpcId { get; set; }
    [Field(2), MaxLength(32)] public string Account { get; set; } = "";
}
