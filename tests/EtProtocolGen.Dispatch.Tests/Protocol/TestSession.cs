using System;

namespace EtProtocolGen.Dispatch.Tests.Protocol
{
    /// <summary>A session in one of the states the matrix test covers.</summary>
    public sealed class TestSession : IProtocolSession
    {
        private readonly string[] _roles;

        public TestSession(string name, MessageScope scope, bool isAuthenticated, params string[] roles)
        {
            Name = name;
            Scope = scope;
            IsAuthenticated = isAuthenticated;
            _roles = roles;
        }

        public string Name { get; }

        public MessageScope Scope { get; }

        public bool IsAuthenticated { get; }

        public bool IsInRole(string role) => Array.IndexOf(_roles, role) >= 0;

        public override string ToString() => Name;
    }
}
