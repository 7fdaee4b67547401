using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Benchmarks.Messages.Et;

namespace EtProtocolGen.Benchmarks.Dispatch
{
    /// <summary>Answers a login synchronously, as a handler that finds the account in a cache does.</summary>
    public sealed class LoginHandler : IRequestHandler<BenchmarkSession, C2R_Login, R2C_Login>
    {
        public ValueTask<R2C_Login> HandleAsync(BenchmarkSession session, C2R_Login request, CancellationToken cancellationToken) =>
            new ValueTask<R2C_Login>(new R2C_Login { PlayerId = 1_846_290_571_800_001L });
    }

    /// <summary>Takes a chat line (one-way) and completes synchronously.</summary>
    public sealed class ChatHandler : IMessageHandler<BenchmarkSession, C2M_Chat>
    {
        public long LastChannel { get; private set; }

        public ValueTask HandleAsync(BenchmarkSession session, C2M_Chat message, CancellationToken cancellationToken)
        {
            LastChannel = message.ChannelId;
            return default;
        }
    }
}
