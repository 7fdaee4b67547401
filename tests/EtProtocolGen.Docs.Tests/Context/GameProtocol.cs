// The game the docs' examples assume when they use a message they do not declare: compiled into the compilation of every
// document (assembly Game.Protocol, so the generated code is in Game.Protocol.Generated). Opcodes 30001+ stay clear of the
// messages the documents declare themselves.
using System;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen;
using EtProtocolGen.Transport.Server;

namespace Game.Protocol
{
    [Message(30001)]
    [ResponseType(typeof(G2C_Login))]
    [AllowAnonymous]
    public partial class C2G_Login : IRequest
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2), MaxLength(32)] public string Account { get; set; } = "";
        [Field(3), MaxLength(64), Sensitive] public string Password { get; set; } = "";
    }

    [Message(30002)]
    [AllowAnonymous]
    public partial class G2C_Login : IResponse
    {
        [Field(1)] public int RpcId { get; set; }
        [Field(2)] public int Error { get; set; }
        [Field(3), MaxLength(256)] public string Message { get; set; } = "";
        [Field(4)] public long PlayerId { get; set; }
    }

    /// <summary>A one-way message: where the player walks to.</summary>
    [Message(30003)]
    [Authorize]
    public partial class C2G_Walk : IMessage
    {
        [Field(1), Range(-10000, 10000)] public int X { get; set; }
        [Field(2), Range(-10000, 10000)] public int Y { get; set; }
    }
}

namespace Game.Server
{
    using Game.Protocol;

    /// <summary>A connection's session on the server.</summary>
    public sealed class PlayerSession : IProtocolSession
    {
        public PlayerSession(ProtocolConnection connection) => Connection = connection;

        public ProtocolConnection Connection { get; }

        public bool IsAuthenticated { get; set; }

        public MessageScope Scope => MessageScope.Outer;

        public bool IsInRole(string role) => false;
    }

    public sealed class LoginHandler : IRequestHandler<PlayerSession, C2G_Login, G2C_Login>
    {
        public ValueTask<G2C_Login> HandleAsync(PlayerSession session, C2G_Login request, CancellationToken cancellationToken) =>
            new ValueTask<G2C_Login>(new G2C_Login { RpcId = request.RpcId });
    }

    public sealed class WalkHandler : IMessageHandler<PlayerSession, C2G_Walk>
    {
        public ValueTask HandleAsync(PlayerSession session, C2G_Walk message, CancellationToken cancellationToken) => default;
    }
}
