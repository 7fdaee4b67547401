// Snapshot input (not compiled into the test assembly): the authorization combinations and routing cases a reviewer of
// generated dispatch wants to see written out. C# 9, as in Unity.
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen;

namespace Game.Protocol
{
    public sealed class PlayerSession : IProtocolSession
    {
        public bool IsAuthenticated { get; set; }

        public MessageScope Scope => MessageScope.Outer;

        public bool IsInRole(string role) => false;
    }

    public sealed class ServerSession : IProtocolSession
    {
        public bool IsAuthenticated => true;

        public MessageScope Scope => MessageScope.Inner;

        public bool IsInRole(string role) => role == "server";
    }

    // [Authorize(Roles)] on the message and another on the handler: the session needs a role from each list.
    [Message(3001)]
    [Authorize(Roles = "trader")]
    [ResponseType(typeof(M2C_Trade))]
    public partial class C2M_Trade : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2), Range(1, 99)] public int Quantity { get; set; }
    }

    [Message(3002)]
    [AllowAnonymous]
    public partial class M2C_Trade : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(64)] public string Message { get; set; } = "";
    }

    // No attribute on the message; [AllowAnonymous] on its handler lets every session in.
    [Message(3003)]
    public partial class C2M_Chat : IMessage
    {
        [Field(1), Required, MaxLength(200)] public string Text { get; set; } = "";
    }

    // [Authorize] on the message; the handler's [AllowAnonymous] does not weaken it.
    [Message(3004)]
    [Authorize]
    public partial class C2M_Whisper : IMessage
    {
        [Field(1), MaxLength(32)] public string To { get; set; } = "";
        [Field(2), MaxLength(200)] public string Text { get; set; } = "";
    }

    // No authorization attribute anywhere: denied to every session.
    [Message(3005)]
    public partial class C2M_Spam : IMessage
    {
        [Field(1)] public int Count { get; set; }
    }

    // Two handlers for one message: the first by name is routed, the other listed as skipped.
    [Message(3006)]
    [AllowAnonymous]
    public partial class C2M_Duplicate : IMessage
    {
        [Field(1)] public int Value { get; set; }
    }

    // Inner request from servers in the "server" role; sessions of another type than the outer handlers.
    [Message(4001, Scope = MessageScope.Inner)]
    [Authorize(Roles = "server")]
    [ResponseType(typeof(M2M_TransferResponse))]
    public partial class M2M_Transfer : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public long PlayerId { get; set; }
    }

    [Message(4002, Scope = MessageScope.Inner)]
    [AllowAnonymous]
    public partial class M2M_TransferResponse : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(64)] public string Message { get; set; } = "";
    }

    [Authorize(Roles = "vip, gm")]
    public sealed class TradeHandler : IRequestHandler<PlayerSession, C2M_Trade, M2C_Trade>
    {
        public ValueTask<M2C_Trade> HandleAsync(PlayerSession session, C2M_Trade request, CancellationToken cancellationToken) =>
            new ValueTask<M2C_Trade>(new M2C_Trade());
    }

    [AllowAnonymous]
    public sealed class ChatHandler : IMessageHandler<PlayerSession, C2M_Chat>, IMessageHandler<PlayerSession, C2M_Whisper>
    {
        public ValueTask HandleAsync(PlayerSession session, C2M_Chat message, CancellationToken cancellationToken) => default;

        public ValueTask HandleAsync(PlayerSession session, C2M_Whisper message, CancellationToken cancellationToken) => default;
    }

    public sealed class SpamHandler : IMessageHandler<PlayerSession, C2M_Spam>
    {
        public ValueTask HandleAsync(PlayerSession session, C2M_Spam message, CancellationToken cancellationToken) => default;
    }

    public sealed class DuplicateHandlerA : IMessageHandler<PlayerSession, C2M_Duplicate>
    {
        public ValueTask HandleAsync(PlayerSession session, C2M_Duplicate message, CancellationToken cancellationToken) => default;
    }

    public sealed class DuplicateHandlerB : IMessageHandler<PlayerSession, C2M_Duplicate>
    {
        public ValueTask HandleAsync(PlayerSession session, C2M_Duplicate message, CancellationToken cancellationToken) => default;
    }

    public sealed class TransferHandler : IRequestHandler<ServerSession, M2M_Transfer, M2M_TransferResponse>
    {
        public ValueTask<M2M_TransferResponse> HandleAsync(ServerSession session, M2M_Transfer request, CancellationToken cancellationToken) =>
            new ValueTask<M2M_TransferResponse>(new M2M_TransferResponse());
    }
}
