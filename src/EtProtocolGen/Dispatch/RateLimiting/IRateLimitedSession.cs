using System.Net;

namespace EtProtocolGen
{
    /// <summary>
    /// Optional, on a session type: the identities <see cref="RateLimitAttribute"/> and <see cref="MaxConcurrencyAttribute"/>
    /// partition their budgets by. A session that does not implement it is limited per session object
    /// (<see cref="RateLimitPartition.Connection"/>) and globally only: its remote-address and account partitions are not applied.
    /// </summary>
    public interface IRateLimitedSession
    {
        /// <summary>Identifies the connection for as long as it is open (for example Kestrel's connection id); never null.</summary>
        string ConnectionId { get; }

        /// <summary>The peer's address, or null when it is not known (then the <see cref="RateLimitPartition.RemoteAddress"/> partition is not applied).</summary>
        IPAddress? RemoteAddress { get; }

        /// <summary>
        /// The authenticated account, or null while the session is anonymous (then the <see cref="RateLimitPartition.Account"/>
        /// partition is not applied). Read when a limit is checked: a session that logs in changes partitions from its next message on.
        /// </summary>
        string? AccountId { get; }
    }
}
