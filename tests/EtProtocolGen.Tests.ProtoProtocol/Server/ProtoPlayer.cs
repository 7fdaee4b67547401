using System;

namespace EtProtocolGen.Tests.ProtoProtocol.Server
{
    /// <summary>One client connection's session: anonymous until a login succeeds; the login handler alone grants roles.</summary>
    public sealed class ProtoPlayer : IProtocolSession
    {
        private string[] _roles = Array.Empty<string>();

        public ProtoPlayer(IMessageSender connection) => Connection = connection;

        /// <summary>Where the handlers push messages to the client.</summary>
        public IMessageSender Connection { get; }

        public bool IsAuthenticated { get; private set; }

        public string Account { get; private set; } = "";

        public MessageScope Scope => MessageScope.Outer;

        public bool IsInRole(string role) => Array.IndexOf(_roles, role) >= 0;

        public void SignIn(string account, params string[] roles)
        {
            Account = account;
            _roles = roles;
            IsAuthenticated = true;
        }
    }
}
