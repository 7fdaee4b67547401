using System.Threading;
using System.Threading.Tasks;

namespace EtProtocolGen.Fuzz.Protocol
{
    // Every handler completes synchronously and reports to the probe: the fuzzer checks which ones ran.
    public sealed class LoginGateHandler : IRequestHandler<FuzzSession, C2G_LoginGate, G2C_LoginGate>
    {
        private readonly HandlerProbe _probe;

        public LoginGateHandler(HandlerProbe probe) => _probe = probe;

        public ValueTask<G2C_LoginGate> HandleAsync(FuzzSession session, C2G_LoginGate request, CancellationToken cancellationToken)
        {
            _probe.Called(C2G_LoginGate.Opcode);
            return new ValueTask<G2C_LoginGate>(new G2C_LoginGate { PlayerId = request.Key });
        }
    }

    public sealed class PingHandler : IRequestHandler<FuzzSession, C2G_Ping, G2C_Ping>
    {
        private readonly HandlerProbe _probe;

        public PingHandler(HandlerProbe probe) => _probe = probe;

        public ValueTask<G2C_Ping> HandleAsync(FuzzSession session, C2G_Ping request, CancellationToken cancellationToken)
        {
            _probe.Called(C2G_Ping.Opcode);
            return new ValueTask<G2C_Ping>(new G2C_Ping { Time = 1 });
        }
    }

    public sealed class ChatHandler : IMessageHandler<FuzzSession, C2C_SendChatInfo>, IMessageHandler<FuzzSession, C2G_Emote>
    {
        private readonly HandlerProbe _probe;

        public ChatHandler(HandlerProbe probe) => _probe = probe;

        public ValueTask HandleAsync(FuzzSession session, C2C_SendChatInfo message, CancellationToken cancellationToken)
        {
            _probe.Called(C2C_SendChatInfo.Opcode);
            return default;
        }

        public ValueTask HandleAsync(FuzzSession session, C2G_Emote message, CancellationToken cancellationToken)
        {
            _probe.Called(C2G_Emote.Opcode);
            return default;
        }
    }
}
