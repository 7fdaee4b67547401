namespace EtProtocolGen.Sample.Protocol
{
    /// <summary>
    /// Step 1 of login, on the realm: account and password in, a gate address and a one-time gate key out. Anyone may send it
    /// and each one costs a password hash, so it is limited per connection and per address before it is decoded, and at most
    /// four hashes run at once; a refused login is answered with <see cref="ErrorCodes.RateLimited"/>.
    /// </summary>
    [Message(10001, Scope = MessageScope.Outer)]
    [ResponseType(typeof(R2C_Login))]
    [AllowAnonymous]
    [RateLimit(10, 60, Per = RateLimitPartition.Connection)]
    [RateLimit(30, 60, Per = RateLimitPartition.RemoteAddress)]
    [MaxConcurrency(4)]
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

    /// <summary>
    /// Step 2 of login, on the gate: the key from the realm. On success the gate authenticates the session. Cheap to check,
    /// but guessing keys is what a flood of it would do: a few per connection, a minute's worth per address.
    /// </summary>
    [Message(10003, Scope = MessageScope.Outer)]
    [ResponseType(typeof(G2C_LoginGate))]
    [AllowAnonymous]
    [RateLimit(5, 60, Per = RateLimitPartition.Connection)]
    [RateLimit(60, 60, Per = RateLimitPartition.RemoteAddress)]
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
