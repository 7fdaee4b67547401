using System;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Transport.Server;

namespace EtProtocolGen.Transport.Tests.Protocol
{
    /// <summary>The server application: one session per connection, every frame through the generated outer dispatcher.</summary>
    public sealed class TestApplication : IProtocolApplication<TestSession>
    {
        private readonly OuterDispatcher _dispatcher;

        public TestApplication(OuterDispatcher dispatcher) => _dispatcher = dispatcher;

        public TestSession CreateSession(ProtocolConnection connection) => new TestSession(connection);

        public ValueTask<DispatchResult> DispatchAsync(TestSession session, ushort opcode, ReadOnlySpan<byte> payload, CancellationToken cancellationToken) =>
            _dispatcher.DispatchAsync(session, opcode, payload, cancellationToken);
    }
}
