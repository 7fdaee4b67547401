using System;

namespace EtProtocolGen.Fuzz.Protocol
{
    /// <summary>A session as the host would create it. The fuzzers use <see cref="AnonymousOuter"/>: a client that has not logged in.</summary>
    public sealed class FuzzSession : IProtocolSession
    {
        private readonly string[] _roles;

        public FuzzSession(MessageScope scope, bool isAuthenticated, params string[] roles)
        {
            Scope = scope;
            IsAuthenticated = isAuthenticated;
            _roles = roles;
        }

        /// <summary>A fresh client connection before login: outer, not authenticated, no roles.</summary>
        public static FuzzSession AnonymousOuter { get; } = new FuzzSession(MessageScope.Outer, isAuthenticated: false);

        public MessageScope Scope { get; }

        public bool IsAuthenticated { get; }

        /// <summary>How often dispatch asked for a role; an anonymous session must never be asked.</summary>
        public int RoleChecks { get; private set; }

        public bool IsInRole(string role)
        {
            RoleChecks++;
            return Array.IndexOf(_roles, role) >= 0;
        }
    }
}
