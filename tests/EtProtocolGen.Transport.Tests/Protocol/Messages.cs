// The transport tests' protocol: a login, an authenticated request, a role-gated request whose payload claims a role,
// a one-way message the server answers with a push, one it broadcasts to every session, and an inner (server-to-server) message.
namespace EtProtocolGen.Transport.Tests.Protocol
{
    // Tests log in and retry logins quickly from one connection; the budget is per connection only, since every test client
    // comes from 127.0.0.1.
    [Message(3001)]
    [AllowAnonymous]
    [ResponseType(typeof(G2C_Login))]
    [RateLimit(100, 10, Per = RateLimitPartition.Connection)]
    public partial class C2G_Login : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2), MaxLength(32)] public string Account { get; set; } = "";
        [Field(3), MaxLength(64), Sensitive] public string Password { get; set; } = "";

        /// <summary>The role the client asks for. The server never grants a role from the payload.</summary>
        [Field(4), MaxLength(16)] public string RequestedRole { get; set; } = "";
    }

    [Message(3002)]
    [AllowAnonymous]
    public partial class G2C_Login : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = "";
        [Field(4)] public long PlayerId { get; set; }
    }

    [Message(3003)]
    [Authorize]
    [ResponseType(typeof(G2C_Ping))]
    public partial class C2G_Ping : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Sequence { get; set; }
    }

    [Message(3004)]
    [AllowAnonymous]
    public partial class G2C_Ping : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = "";
        [Field(4)] public int Sequence { get; set; }
    }

    [Message(3005)]
    [Authorize(Roles = "gm")]
    [ResponseType(typeof(G2C_Kick))]
    public partial class C2G_Kick : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2), Range(1, 1_000_000)] public long PlayerId { get; set; }

        /// <summary>A forged claim: authorization reads the session, never this field.</summary>
        [Field(3), MaxLength(16)] public string ClaimedRole { get; set; } = "";
    }

    [Message(3006)]
    [AllowAnonymous]
    public partial class G2C_Kick : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = "";
    }

    [Message(3007)]
    [Authorize]
    public partial class C2G_Chat : IMessage
    {
        [Field(1), Required, MinLength(1), MaxLength(64)] public string Text { get; set; } = "";
    }

    /// <summary>Pushed by the server for every chat line.</summary>
    [Message(3008)]
    [AllowAnonymous]
    public partial class G2C_ChatLine : IMessage
    {
        [Field(1)] public long PlayerId { get; set; }
        [Field(2), MaxLength(64)] public string Text { get; set; } = "";
    }

    /// <summary>Asks the server to push a blob of <see cref="Size"/> bytes: lets a test fill a peer's buffers.</summary>
    [Message(3009)]
    [Authorize]
    public partial class C2G_Download : IMessage
    {
        [Field(1), Range(1, 60_000)] public int Size { get; set; }
    }

    [Message(3010)]
    [AllowAnonymous]
    public partial class G2C_Blob : IMessage
    {
        [Field(1), MaxLength(60_000)] public byte[] Data { get; set; } = System.Array.Empty<byte>();
    }

    /// <summary>Asks the server to push a blob of <see cref="Size"/> bytes to every logged-in session: a broadcast.</summary>
    [Message(3011)]
    [Authorize]
    public partial class C2G_Shout : IMessage
    {
        [Field(1), Range(1, 60_000)] public int Size { get; set; }
    }

    /// <summary>A request with a small declared budget: two per minute per connection.</summary>
    [Message(3012)]
    [Authorize]
    [ResponseType(typeof(G2C_Redeem))]
    [RateLimit(2, 60)]
    public partial class C2G_Redeem : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2), MaxLength(16)] public string Code { get; set; } = "";
    }

    [Message(3013)]
    [Authorize]
    public partial class G2C_Redeem : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = "";
    }

    [Message(4001, Scope = MessageScope.Inner)]
    [Authorize(Roles = "server")]
    public partial class S2S_Shutdown : IMessage
    {
        [Field(1)] public int DelaySeconds { get; set; }
    }
}
