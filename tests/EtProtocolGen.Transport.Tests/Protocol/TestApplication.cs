using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Transport.Server;

namespace EtProtocolGen.Transport.Tests.Protocol
{
    /// <summary>
    /// The server application: one session per connection, every frame through the generated outer dispatcher. Keeps its
    /// sessions and their close reasons so tests can act on a connection from the server side.
    /// </summary>
    public sealed class TestApplication : IProtocolApplication<TestSession>
    {
        private readonly OuterDispatcher _dispatcher;
        private readonly TestSessions _sessions;

        public TestApplication(OuterDispatcher dispatcher, TestSessions sessions)
        {
            _dispatcher = dispatcher;
            _sessions = sessions;
        }

        public BlockingCollection<TestSession> Opened { get; } = new BlockingCollection<TestSession>();

        public BlockingCollection<(TestSession Session, CloseReason Reason)> Closed { get; } = new BlockingCollection<(TestSession, CloseReason)>();

        public TestSession CreateSession(ProtocolConnection connection)
        {
            var session = new TestSession(connection);
            Opened.Add(session);
            _sessions.Add(session);
            return session;
        }

        public ValueTask<DispatchResult> DispatchAsync(TestSession session, ushort opcode, ReadOnlySpan<byte> payload, CancellationToken cancellationToken) =>
            _dispatcher.DispatchAsync(session, opcode, payload, cancellationToken);

        public DispatchResult RateLimited(ushort opcode, ReadOnlySpan<byte> payload) => OuterDispatcher.RateLimited(opcode, payload);

        public ValueTask OnClosedAsync(TestSession session, CloseReason reason)
        {
            _sessions.Remove(session);
            Closed.Add((session, reason));
            return default;
        }
    }
}
