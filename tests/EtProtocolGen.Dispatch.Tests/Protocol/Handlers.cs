using System;
using System.Threading;
using System.Threading.Tasks;

// Handlers of the test protocol. Each reports to a HandlerProbe so tests see whether it ran.
namespace EtProtocolGen.Dispatch.Tests.Protocol
{
    public sealed class PingHandler : IRequestHandler<TestSession, C2G_Ping, G2C_Ping>
    {
        private readonly HandlerProbe _probe;

        public PingHandler(HandlerProbe probe) => _probe = probe;

        public ValueTask<G2C_Ping> HandleAsync(TestSession session, C2G_Ping request, CancellationToken cancellationToken)
        {
            _probe.Called(C2G_Ping.Opcode, cancellationToken);
            return new ValueTask<G2C_Ping>(new G2C_Ping { ClientTime = request.ClientTime });
        }
    }

    public sealed class ProfileHandler : IRequestHandler<TestSession, C2G_GetProfile, G2C_Profile>
    {
        private readonly HandlerProbe _probe;

        public ProfileHandler(HandlerProbe probe) => _probe = probe;

        public ValueTask<G2C_Profile> HandleAsync(TestSession session, C2G_GetProfile request, CancellationToken cancellationToken)
        {
            _probe.Called(C2G_GetProfile.Opcode, cancellationToken);
            return new ValueTask<G2C_Profile>(new G2C_Profile { Name = session.Name });
        }
    }

    /// <summary>
    /// One class handling two messages, one of them through an explicit interface implementation. Its limits are one budget
    /// and one set of slots shared by both messages.
    /// </summary>
    [RateLimit(20, 60, Per = RateLimitPartition.Connection | RateLimitPartition.Account)]
    [MaxConcurrency(2)]
    public sealed class GameMasterHandler :
        IRequestHandler<TestSession, C2G_Kick, G2C_Kick>,
        IMessageHandler<TestSession, C2G_Announce>
    {
        private readonly HandlerProbe _probe;

        public GameMasterHandler(HandlerProbe probe) => _probe = probe;

        public ValueTask<G2C_Kick> HandleAsync(TestSession session, C2G_Kick request, CancellationToken cancellationToken)
        {
            _probe.Called(C2G_Kick.Opcode, cancellationToken);
            return new ValueTask<G2C_Kick>(new G2C_Kick());
        }

        ValueTask IMessageHandler<TestSession, C2G_Announce>.HandleAsync(TestSession session, C2G_Announce message, CancellationToken cancellationToken)
        {
            _probe.Called(C2G_Announce.Opcode, cancellationToken);
            return default;
        }
    }

    /// <summary>Takes the base session contract: the outer dispatcher still passes its TestSession.</summary>
    public sealed class MoveHandler : IMessageHandler<IProtocolSession, C2G_Move>
    {
        private readonly HandlerProbe _probe;

        public MoveHandler(HandlerProbe probe) => _probe = probe;

        public ValueTask HandleAsync(IProtocolSession session, C2G_Move message, CancellationToken cancellationToken)
        {
            _probe.Called(C2G_Move.Opcode, cancellationToken);
            return default;
        }
    }

    /// <summary>Handles the two messages without any authorization attribute: it must never run.</summary>
    public sealed class UnmarkedHandler :
        IRequestHandler<TestSession, C2G_Unmarked, G2C_Unmarked>,
        IMessageHandler<TestSession, C2G_Emote>
    {
        private readonly HandlerProbe _probe;

        public UnmarkedHandler(HandlerProbe probe) => _probe = probe;

        public ValueTask<G2C_Unmarked> HandleAsync(TestSession session, C2G_Unmarked request, CancellationToken cancellationToken)
        {
            _probe.Called(C2G_Unmarked.Opcode, cancellationToken);
            return new ValueTask<G2C_Unmarked>(new G2C_Unmarked());
        }

        public ValueTask HandleAsync(TestSession session, C2G_Emote message, CancellationToken cancellationToken)
        {
            _probe.Called(C2G_Emote.Opcode, cancellationToken);
            return default;
        }
    }

    public sealed class RenameHandler : IRequestHandler<TestSession, C2G_Rename, G2C_Rename>
    {
        private readonly HandlerProbe _probe;

        public RenameHandler(HandlerProbe probe) => _probe = probe;

        public ValueTask<G2C_Rename> HandleAsync(TestSession session, C2G_Rename request, CancellationToken cancellationToken)
        {
            _probe.Called(C2G_Rename.Opcode, cancellationToken);
            return new ValueTask<G2C_Rename>(new G2C_Rename());
        }
    }

    /// <summary>Throws with text that must never reach the peer.</summary>
    public sealed class CrashHandler : IRequestHandler<TestSession, C2G_Crash, G2C_Crash>
    {
        public const string SecretText = "connection string: Server=db;Password=hunter2";

        private readonly HandlerProbe _probe;

        public CrashHandler(HandlerProbe probe) => _probe = probe;

        public ValueTask<G2C_Crash> HandleAsync(TestSession session, C2G_Crash request, CancellationToken cancellationToken)
        {
            _probe.Called(C2G_Crash.Opcode, cancellationToken);
            if (request.Asynchronously)
            {
                return CrashLater();
            }

            throw new InvalidOperationException(SecretText);
        }

        private static async ValueTask<G2C_Crash> CrashLater()
        {
            await Task.Yield();
            throw new InvalidOperationException(SecretText);
        }
    }

    /// <summary>Completes asynchronously, after an optional delay that honours cancellation.</summary>
    [MaxConcurrency(4, Per = RateLimitPartition.Connection)]
    public sealed class SlowHandler : IRequestHandler<TestSession, C2G_Slow, G2C_Slow>
    {
        private readonly HandlerProbe _probe;

        public SlowHandler(HandlerProbe probe) => _probe = probe;

        public async ValueTask<G2C_Slow> HandleAsync(TestSession session, C2G_Slow request, CancellationToken cancellationToken)
        {
            _probe.Called(C2G_Slow.Opcode, cancellationToken);
            await Task.Yield();
            if (request.DelayMilliseconds > 0)
            {
                await Task.Delay(request.DelayMilliseconds, cancellationToken);
            }

            return new G2C_Slow();
        }
    }

    [Authorize(Roles = "admin")]
    public sealed class AuditHandler : IRequestHandler<TestSession, C2G_Audit, G2C_Audit>
    {
        private readonly HandlerProbe _probe;

        public AuditHandler(HandlerProbe probe) => _probe = probe;

        public ValueTask<G2C_Audit> HandleAsync(TestSession session, C2G_Audit request, CancellationToken cancellationToken)
        {
            _probe.Called(C2G_Audit.Opcode, cancellationToken);
            return new ValueTask<G2C_Audit>(new G2C_Audit { EntryCount = 3 });
        }
    }

    [AllowAnonymous]
    public sealed class ReportHandler : IMessageHandler<TestSession, C2G_Report>
    {
        private readonly HandlerProbe _probe;

        public ReportHandler(HandlerProbe probe) => _probe = probe;

        public ValueTask HandleAsync(TestSession session, C2G_Report message, CancellationToken cancellationToken)
        {
            _probe.Called(C2G_Report.Opcode, cancellationToken);
            return default;
        }
    }

    public sealed class NothingHandler : IRequestHandler<TestSession, C2G_Nothing, G2C_Nothing>
    {
        private readonly HandlerProbe _probe;

        public NothingHandler(HandlerProbe probe) => _probe = probe;

        public ValueTask<G2C_Nothing> HandleAsync(TestSession session, C2G_Nothing request, CancellationToken cancellationToken)
        {
            _probe.Called(C2G_Nothing.Opcode, cancellationToken);
            return new ValueTask<G2C_Nothing>((G2C_Nothing)null!);
        }
    }

    public sealed class ServerHandler :
        IRequestHandler<TestSession, S2S_Sync, S2S_SyncResponse>,
        IMessageHandler<TestSession, S2S_Shutdown>
    {
        private readonly HandlerProbe _probe;

        public ServerHandler(HandlerProbe probe) => _probe = probe;

        public ValueTask<S2S_SyncResponse> HandleAsync(TestSession session, S2S_Sync request, CancellationToken cancellationToken)
        {
            _probe.Called(S2S_Sync.Opcode, cancellationToken);
            return new ValueTask<S2S_SyncResponse>(new S2S_SyncResponse { Version = request.Version + 1 });
        }

        public ValueTask HandleAsync(TestSession session, S2S_Shutdown message, CancellationToken cancellationToken)
        {
            _probe.Called(S2S_Shutdown.Opcode, cancellationToken);
            return default;
        }
    }
}
