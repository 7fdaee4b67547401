// The test protocol: outer and inner messages covering every authorization rule, validation, handler failures and
// asynchronous handlers. The serializer generator and the dispatch generator both run on it.
namespace EtProtocolGen.Dispatch.Tests.Protocol
{
    [Message(1001)]
    [AllowAnonymous]
    [ResponseType(typeof(G2C_Ping))]
    public partial class C2G_Ping : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public long ClientTime { get; set; }
    }

    [Message(1002)]
    [AllowAnonymous]
    public partial class G2C_Ping : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = "";
        [Field(4)] public long ClientTime { get; set; }
    }

    // A declared rate limit on an authenticated request: per connection (the default partition).
    [Message(1003)]
    [Authorize]
    [ResponseType(typeof(G2C_Profile))]
    [RateLimit(3, 60)]
    public partial class C2G_GetProfile : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
    }

    [Message(1004)]
    [AllowAnonymous]
    public partial class G2C_Profile : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = "";
        [Field(4), MaxLength(32)] public string Name { get; set; } = "";
    }

    [Message(1005)]
    [Authorize(Roles = "gm, admin")]
    [ResponseType(typeof(G2C_Kick))]
    public partial class C2G_Kick : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2), Range(1, 1_000_000)] public long PlayerId { get; set; }
    }

    [Message(1006)]
    [AllowAnonymous]
    public partial class G2C_Kick : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = "";
    }

    [Message(1007)]
    [Authorize]
    public partial class C2G_Move : IMessage
    {
        [Field(1), Range(-1000, 1000)] public int X { get; set; }
        [Field(2), Range(-1000, 1000)] public int Y { get; set; }
    }

    [Message(1008)]
    [Authorize(Roles = "gm")]
    public partial class C2G_Announce : IMessage
    {
        [Field(1), Required, MinLength(1), MaxLength(64)] public string Text { get; set; } = "";
    }

    // No [Authorize] and no [AllowAnonymous]: denied to every session.
    [Message(1009)]
    [ResponseType(typeof(G2C_Unmarked))]
    public partial class C2G_Unmarked : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
    }

    [Message(1010)]
    [AllowAnonymous]
    public partial class G2C_Unmarked : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = "";
    }

    // No [Authorize] and no [AllowAnonymous], one-way: denied to every session.
    [Message(1011)]
    public partial class C2G_Emote : IMessage
    {
        [Field(1)] public int EmoteId { get; set; }
    }

    [Message(1012)]
    [Authorize]
    [ResponseType(typeof(G2C_Rename))]
    [RateLimit(5, 60, Per = RateLimitPartition.Account)]
    public partial class C2G_Rename : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2), MinLength(3), MaxLength(16)] public string Name { get; set; } = "";

        /// <summary>A name whose validation hook throws, as a buggy hook would.</summary>
        public const string NameThatBreaksTheHook = "boom";

        partial void OnValidate(ref ValidationResult result)
        {
            if (Name == NameThatBreaksTheHook)
            {
                throw new System.InvalidOperationException("hook failed reading table player_names");
            }

            if (Name.StartsWith("gm", System.StringComparison.OrdinalIgnoreCase))
            {
                result = ValidationResult.Fail(nameof(Name), "ReservedName");
            }
        }
    }

    [Message(1013)]
    [AllowAnonymous]
    public partial class G2C_Rename : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = "";
    }

    // A concurrency slot that must come back when the handler throws, synchronously or not.
    [Message(1014)]
    [AllowAnonymous]
    [ResponseType(typeof(G2C_Crash))]
    [MaxConcurrency(3)]
    public partial class C2G_Crash : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public bool Asynchronously { get; set; }
    }

    [Message(1015)]
    [AllowAnonymous]
    public partial class G2C_Crash : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = "";
    }

    // Slots from the message and from its handler (SlowHandler), both held while the handler runs.
    [Message(1016)]
    [AllowAnonymous]
    [ResponseType(typeof(G2C_Slow))]
    [MaxConcurrency(1)]
    public partial class C2G_Slow : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2), Range(0, 60_000)] public int DelayMilliseconds { get; set; }
    }

    [Message(1017)]
    [AllowAnonymous]
    public partial class G2C_Slow : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = "";
    }

    // [AllowAnonymous] on the message, but [Authorize(Roles = "admin")] on its handler: the handler's rule adds to it.
    [Message(1018)]
    [AllowAnonymous]
    [ResponseType(typeof(G2C_Audit))]
    public partial class C2G_Audit : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
    }

    [Message(1019)]
    [AllowAnonymous]
    public partial class G2C_Audit : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = "";
        [Field(4)] public int EntryCount { get; set; }
    }

    // No attribute on the message; [AllowAnonymous] on its handler lets everyone in. A one-way message refused by its limit gets no answer.
    [Message(1020)]
    [RateLimit(30, 10, Per = RateLimitPartition.Connection | RateLimitPartition.RemoteAddress)]
    public partial class C2G_Report : IMessage
    {
        [Field(1), MaxLength(128)] public string Text { get; set; } = "";
    }

    // Declared but no handler anywhere: unknown to the dispatchers.
    [Message(1021)]
    [AllowAnonymous]
    public partial class C2G_Unhandled : IMessage
    {
        [Field(1)] public int Value { get; set; }
    }

    // A request whose handler returns null: a handler failure. Its only declared limit is per account, which does not reach
    // anonymous sessions, so the anonymous default applies too.
    [Message(1022)]
    [AllowAnonymous]
    [ResponseType(typeof(G2C_Nothing))]
    [RateLimit(2, 60, Per = RateLimitPartition.Account)]
    public partial class C2G_Nothing : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
    }

    [Message(1023)]
    [AllowAnonymous]
    public partial class G2C_Nothing : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = "";
    }

    [Message(2001, Scope = MessageScope.Inner)]
    [AllowAnonymous]
    [ResponseType(typeof(S2S_SyncResponse))]
    public partial class S2S_Sync : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public long Version { get; set; }
    }

    [Message(2002, Scope = MessageScope.Inner)]
    [AllowAnonymous]
    public partial class S2S_SyncResponse : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = "";
        [Field(4)] public long Version { get; set; }
    }

    [Message(2003, Scope = MessageScope.Inner)]
    [Authorize(Roles = "server")]
    public partial class S2S_Shutdown : IMessage
    {
        [Field(1)] public int DelaySeconds { get; set; }
    }
}
