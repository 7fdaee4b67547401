using System.Threading;
using System.Threading.Tasks;

namespace EtProtocolGen.Transport.Tests.Protocol
{
    /// <summary>Accepts the password "secret" and grants the player role only, whatever role the client asks for.</summary>
    public sealed class LoginHandler : IRequestHandler<TestSession, C2G_Login, G2C_Login>
    {
        public const string Password = "secret";
        public const int WrongPassword = 110001;

        private readonly HandlerCalls _calls;
        private long _lastPlayerId;

        public LoginHandler(HandlerCalls calls) => _calls = calls;

        public ValueTask<G2C_Login> HandleAsync(TestSession session, C2G_Login request, CancellationToken cancellationToken)
        {
            _calls.Called(C2G_Login.Opcode);
            if (request.Password != Password)
            {
                return new ValueTask<G2C_Login>(new G2C_Login { Error = WrongPassword });
            }

            long playerId = Interlocked.Increment(ref _lastPlayerId);
            session.SignIn(playerId, "player");
            return new ValueTask<G2C_Login>(new G2C_Login { PlayerId = playerId });
        }
    }

    /// <summary>Echoes the sequence number; throws for <see cref="Explode"/>, to show that exception text stays on the server.</summary>
    public sealed class PingHandler : IRequestHandler<TestSession, C2G_Ping, G2C_Ping>
    {
        public const int Explode = -1;
        public const string ExplosionText = "internal detail: connection string Server=db;Password=hunter2";

        private readonly HandlerCalls _calls;

        public PingHandler(HandlerCalls calls) => _calls = calls;

        public ValueTask<G2C_Ping> HandleAsync(TestSession session, C2G_Ping request, CancellationToken cancellationToken)
        {
            _calls.Called(C2G_Ping.Opcode);
            if (request.Sequence == Explode)
            {
                throw new System.InvalidOperationException(ExplosionText);
            }

            return new ValueTask<G2C_Ping>(new G2C_Ping { Sequence = request.Sequence });
        }
    }

    public sealed class KickHandler : IRequestHandler<TestSession, C2G_Kick, G2C_Kick>
    {
        private readonly HandlerCalls _calls;

        public KickHandler(HandlerCalls calls) => _calls = calls;

        public ValueTask<G2C_Kick> HandleAsync(TestSession session, C2G_Kick request, CancellationToken cancellationToken)
        {
            _calls.Called(C2G_Kick.Opcode);
            return new ValueTask<G2C_Kick>(new G2C_Kick());
        }
    }

    /// <summary>Pushes every chat line back to its sender.</summary>
    public sealed class ChatHandler : IMessageHandler<TestSession, C2G_Chat>
    {
        private readonly HandlerCalls _calls;

        public ChatHandler(HandlerCalls calls) => _calls = calls;

        public ValueTask HandleAsync(TestSession session, C2G_Chat message, CancellationToken cancellationToken)
        {
            _calls.Called(C2G_Chat.Opcode);
            return session.Connection.SendAsync(new G2C_ChatLine { PlayerId = session.PlayerId, Text = message.Text }, cancellationToken);
        }
    }

    public sealed class DownloadHandler : IMessageHandler<TestSession, C2G_Download>
    {
        private readonly HandlerCalls _calls;

        public DownloadHandler(HandlerCalls calls) => _calls = calls;

        public ValueTask HandleAsync(TestSession session, C2G_Download message, CancellationToken cancellationToken)
        {
            _calls.Called(C2G_Download.Opcode);
            return session.Connection.SendAsync(new G2C_Blob { Data = new byte[message.Size] }, cancellationToken);
        }
    }

    /// <summary>Pushes a blob to every logged-in session without waiting for any of them, as a game broadcasts.</summary>
    public sealed class ShoutHandler : IMessageHandler<TestSession, C2G_Shout>
    {
        private readonly HandlerCalls _calls;
        private readonly TestSessions _sessions;

        public ShoutHandler(HandlerCalls calls, TestSessions sessions)
        {
            _calls = calls;
            _sessions = sessions;
        }

        public ValueTask HandleAsync(TestSession session, C2G_Shout message, CancellationToken cancellationToken)
        {
            _calls.Called(C2G_Shout.Opcode);
            var blob = new G2C_Blob { Data = new byte[message.Size] };
            foreach (TestSession target in _sessions.LoggedIn())
            {
                target.Connection.TrySend(blob);
            }

            return default;
        }
    }

    /// <summary>An inner handler: it exists so the opcode is real, and must never run for an outer connection.</summary>
    public sealed class RedeemHandler : IRequestHandler<TestSession, C2G_Redeem, G2C_Redeem>
    {
        private readonly HandlerCalls _calls;

        public RedeemHandler(HandlerCalls calls) => _calls = calls;

        public ValueTask<G2C_Redeem> HandleAsync(TestSession session, C2G_Redeem request, CancellationToken cancellationToken)
        {
            _calls.Called(C2G_Redeem.Opcode);
            return new ValueTask<G2C_Redeem>(new G2C_Redeem());
        }
    }

    public sealed class ShutdownHandler : IMessageHandler<IProtocolSession, S2S_Shutdown>
    {
        private readonly HandlerCalls _calls;

        public ShutdownHandler(HandlerCalls calls) => _calls = calls;

        public ValueTask HandleAsync(IProtocolSession session, S2S_Shutdown message, CancellationToken cancellationToken)
        {
            _calls.Called(S2S_Shutdown.Opcode);
            return default;
        }
    }
}
