using System;
using System.Net;

namespace EtProtocolGen.Dispatch.Tests.Protocol
{
    /// <summary>
    /// A session in one of the states the matrix test covers. Its rate-limit identities are its name (connection), no address
    /// and no account unless a test sets them.
    /// </summary>
    public sealed class TestSession : IProtocolSession, IRateLimitedSession
    {
        private readonly string[] _roles;
        private readonly bool _roleCheckThrows;

        public TestSession(string name, MessageScope scope, bool isAuthenticated, params string[] roles)
        {
            Name = name;
            Scope = scope;
            IsAuthenticated = isAuthenticated;
            _roles = roles;
        }

        private TestSession(string name, MessageScope scope)
            : this(name, scope, isAuthenticated: true)
        {
            _roleCheckThrows = true;
        }

        /// <summary>An authenticated session whose role store fails (for example a database timeout) on every role check.</summary>
        public static TestSession WithFailingRoleCheck(string name, MessageScope scope) => new TestSession(name, scope);

        public string Name { get; }

        public MessageScope Scope { get; }

        public bool IsAuthenticated { get; }

        public string ConnectionId => Name;

        public IPAddress? RemoteAddress { get; set; }

        public string? AccountId { get; set; }

        public bool IsInRole(string role) =>
            _roleCheckThrows ? throw new TimeoutException("role store timed out at db-7:5432") : Array.IndexOf(_roles, role) >= 0;

        public override string ToString() => Name;
    }
}
