// Snapshot input (not compiled into the test assembly): the rate and concurrency limit cases a reviewer of generated
// dispatch wants to see written out. C# 9, as in Unity.
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen;

// The anonymous default, configured: 20 per 10 s (the built-in interval) per remote address.
[assembly: ProtocolLimits(AnonymousRequestPermits = 20, AnonymousRequestPer = RateLimitPartition.RemoteAddress)]

namespace Game.Realm
{
    public sealed class RealmSession : IProtocolSession, IRateLimitedSession
    {
        public bool IsAuthenticated => AccountId is not null;

        public MessageScope Scope => MessageScope.Outer;

        public bool IsInRole(string role) => false;

        public string ConnectionId { get; set; } = "";

        public IPAddress? RemoteAddress { get; set; }

        public string? AccountId { get; set; }
    }

    // Two declared rate limits on the message, and the handler's shared limits on top.
    [Message(5001)]
    [AllowAnonymous]
    [ResponseType(typeof(R2C_Login))]
    [RateLimit(5, 60, Per = RateLimitPartition.Connection | RateLimitPartition.RemoteAddress)]
    [RateLimit(200, 1, Per = RateLimitPartition.Global)]
    public partial class C2R_Login : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2), MaxLength(32)] public string Account { get; set; } = "";
        [Field(3), MaxLength(64), Sensitive] public string Password { get; set; } = "";
    }

    [Message(5002)]
    [AllowAnonymous]
    public partial class R2C_Login : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(64)] public string Message { get; set; } = "";
    }

    // No declared limit: the configured anonymous default. Its RpcId is a zigzag field 3, read so before decoding.
    [Message(5003)]
    [AllowAnonymous]
    [ResponseType(typeof(R2C_Login))]
    public partial class C2R_Register : IRequest
    {
        [Field(1), MaxLength(32)] public string Account { get; set; } = "";
        [Field(3, Encoding = FieldEncoding.ZigZag)] public int RpcId { get; set; }
    }

    // RpcId is not on the wire: a request refused before decoding is answered with RpcId 0, as decoding would give.
    [Message(5004)]
    [AllowAnonymous]
    [ResponseType(typeof(R2C_Login))]
    public partial class C2R_Probe : IRequest
    {
        public int RpcId { get; set; }
    }

    // A limit that cannot be enforced (ETP0110): every message is refused.
    [Message(5005)]
    [AllowAnonymous]
    [ResponseType(typeof(R2C_Login))]
    [RateLimit(0, 10)]
    public partial class C2R_Broken : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
    }

    // One-way: refused without an answer.
    [Message(5006)]
    [AllowAnonymous]
    [RateLimit(1, 1)]
    public partial class C2R_Heartbeat : IMessage
    {
        [Field(1)] public long ClientTime { get; set; }
    }

    // Authenticated sessions only (no anonymous default): one budget and one slot per account, whichever connection it uses.
    [Message(5007)]
    [Authorize]
    [ResponseType(typeof(R2C_Login))]
    [RateLimit(3, 3600, Per = RateLimitPartition.Account)]
    [MaxConcurrency(1, Per = RateLimitPartition.Account)]
    public partial class C2R_ChangePassword : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2), MaxLength(64), Sensitive] public string Password { get; set; } = "";
    }

    // The hash costs CPU: 4 at once over the whole server, shared by both messages; 1,000 a minute over the whole server too.
    [MaxConcurrency(4)]
    [RateLimit(1000, 60, Per = RateLimitPartition.Global)]
    public sealed class LoginHandler : IRequestHandler<RealmSession, C2R_Login, R2C_Login>, IRequestHandler<RealmSession, C2R_Register, R2C_Login>
    {
        public ValueTask<R2C_Login> HandleAsync(RealmSession session, C2R_Login request, CancellationToken cancellationToken) =>
            new ValueTask<R2C_Login>(new R2C_Login());

        public ValueTask<R2C_Login> HandleAsync(RealmSession session, C2R_Register request, CancellationToken cancellationToken) =>
            new ValueTask<R2C_Login>(new R2C_Login());
    }

    public sealed class ProbeHandler : IRequestHandler<RealmSession, C2R_Probe, R2C_Login>, IRequestHandler<RealmSession, C2R_Broken, R2C_Login>
    {
        public ValueTask<R2C_Login> HandleAsync(RealmSession session, C2R_Probe request, CancellationToken cancellationToken) =>
            new ValueTask<R2C_Login>(new R2C_Login());

        public ValueTask<R2C_Login> HandleAsync(RealmSession session, C2R_Broken request, CancellationToken cancellationToken) =>
            new ValueTask<R2C_Login>(new R2C_Login());
    }

    public sealed class HeartbeatHandler : IMessageHandler<RealmSession, C2R_Heartbeat>
    {
        public ValueTask HandleAsync(RealmSession session, C2R_Heartbeat message, CancellationToken cancellationToken) => default;
    }

    public sealed class PasswordHandler : IRequestHandler<RealmSession, C2R_ChangePassword, R2C_Login>
    {
        public ValueTask<R2C_Login> HandleAsync(RealmSession session, C2R_ChangePassword request, CancellationToken cancellationToken) =>
            new ValueTask<R2C_Login>(new R2C_Login());
    }
}
