using System;
using EtProtocolGen.Transport.Server;

namespace EtProtocolGen.Transport.Tests.Protocol
{
    /// <summary>One connection's session: anonymous until a login succeeds; the server alone decides its roles.</summary>
    public sealed class TestSession : IProtocolSession
    {
        private string[] _roles = Array.Empty<string>();

        public TestSession(ProtocolConnection connection) => Connection = connection;

        public ProtocolConnection Connection { get; }

        public bool IsAuthenticated { get; private set; }

        public long PlayerId { get; private set; }

        public MessageScope Scope => MessageScope.Outer;

        public bool IsInRole(string role) => Array.IndexOf(_roles, role) >= 0;

        public void SignIn(long playerId, params string[] roles)
        {
            PlayerId = playerId;
            _roles = roles;
            IsAuthenticated = true;
        }
    }
}
