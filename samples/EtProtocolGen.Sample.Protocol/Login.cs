namespace EtProtocolGen.Sample.Protocol
{
    /// <summary>Step 1 of login, on the realm: account and password in, a gate address and a one-time gate key out.</summary>
    [Message(10001, Scope = MessageScope.Outer)]
    [ResponseType(typeof(R2C_Login))]
    [AllowAnonymous]
    public partial class C2R_Login : IRequest
    {
        [Field(1)] public int RpcId { get; set; }

        [Field(2), Required, MinLength(1), MaxLength(32)] public string Account { get; set; } = "";

        [Field(3), Required, MinLength(1), MaxLength(64), Sensitive] public string Password { get; set; } = "";
    }

    /// <summary>The realm's answer: where the gate is, and the key that lets this account in once.</summary>
    [Message(10002, Scope = MessageScope.Outer)]
    [AllowAnonymous]
    public partial class R2C_Login : IResponse
    {
        [Field(1)] public int RpcId { get; set; }

        [Field(2)] public int Error { get; set; }

        [Field(3), MaxLength(256)] public string Message { get; set; } = "";

        [Field(4), MaxLength(64)] public string GateAddress { get; set; } = "";

        [Field(5), Sensitive] public long GateKey { get; set; }
    }

    /// <summary>Step 2 of login, on the gate: the key from the realm. On success the gate authenticates the session.</summary>
    [Message(10003, Scope = MessageScope.Outer)]
    [ResponseType(typeof(G2C_LoginGate))]
    [AllowAnonymous]
    public partial class C2G_LoginGate : IRequest
    {
        [Field(1)] public int RpcId { get; set; }

        [Field(2), Range(1, long.MaxValue), Sensitive] public long GateKey { get; set; }
    }

    /// <summary>The gate's answer: the player's id.</summary>
    [Message(10004, Scope = MessageScope.Outer)]
    [AllowAnonymous]
    public partial class G2C_LoginGate : IResponse
    {
        [Field(1)] public int RpcId { get; set; }

        [Field(2)] public int Error { get; set; }

        [Field(3), MaxLength(256)] public string Message { get; set; } = "";

        [Field(4)] public long PlayerId { get; set; }
    }
}
