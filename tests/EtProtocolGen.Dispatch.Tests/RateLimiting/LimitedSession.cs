using System.Net;

namespace EtProtocolGen.Dispatch.Tests.RateLimiting
{
    /// <summary>A session that supplies its connection, address and account to rate-limit partitions.</summary>
    public sealed class LimitedSession : IProtocolSession, IRateLimitedSession
    {
        public LimitedSession(string connectionId, string? address = "203.0.113.7", string? account = null)
        {
            ConnectionId = connectionId;
            RemoteAddress = address is null ? null : IPAddress.Parse(address);
            AccountId = account;
        }

        public string ConnectionId { get; }

        public IPAddress? RemoteAddress { get; set; }

        public string? AccountId { get; set; }

        public bool IsAuthenticated => AccountId is not null;

        public MessageScope Scope => MessageScope.Outer;

        public bool IsInRole(string role) => false;

        public override string ToString() => ConnectionId;
    }
}
