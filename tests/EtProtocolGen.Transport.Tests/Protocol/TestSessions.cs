using System.Collections.Concurrent;
using System.Collections.Generic;

namespace EtProtocolGen.Transport.Tests.Protocol
{
    /// <summary>The open sessions, for broadcasts.</summary>
    public sealed class TestSessions
    {
        private readonly ConcurrentDictionary<TestSession, byte> _open = new ConcurrentDictionary<TestSession, byte>();

        public void Add(TestSession session) => _open.TryAdd(session, 0);

        public void Remove(TestSession session) => _open.TryRemove(session, out _);

        public IEnumerable<TestSession> LoggedIn()
        {
            foreach (TestSession session in _open.Keys)
            {
                if (session.IsAuthenticated)
                {
                    yield return session;
                }
            }
        }
    }
}
