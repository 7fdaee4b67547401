using System;

namespace EtProtocolGen
{
    /// <summary>
    /// Who shares one budget of a <see cref="RateLimitAttribute"/> or <see cref="MaxConcurrencyAttribute"/>. Flags: every
    /// partition named gets its own budget of the declared size, and a message must fit in all of them
    /// (<c>Per = RateLimitPartition.Connection | RateLimitPartition.RemoteAddress</c>: 5 per connection and 5 per address).
    /// </summary>
    /// <remarks>
    /// .NET's <c>System.Threading.RateLimiting</c> has a static class of the same name: a file that imports both namespaces
    /// writes <c>EtProtocolGen.RateLimitPartition</c> (or an alias); code inside the <c>EtProtocolGen</c> namespace gets this
    /// enum and writes <c>System.Threading.RateLimiting.RateLimitPartition</c> for .NET's.
    /// A partition the session cannot supply is not applied: <see cref="RemoteAddress"/> when the session has no
    /// <see cref="IRateLimitedSession.RemoteAddress"/>, <see cref="Account"/> while the session is anonymous
    /// (<see cref="IRateLimitedSession.AccountId"/> is null).
    /// </remarks>
    [Flags]
    public enum RateLimitPartition
    {
        /// <summary>One budget per connection (<see cref="IRateLimitedSession.ConnectionId"/>, or the session object itself).</summary>
        Connection = 1,

        /// <summary>One budget per remote address: an IPv4 address, or the /64 prefix of an IPv6 address (<see cref="IRateLimitedSession.RemoteAddress"/>).</summary>
        RemoteAddress = 2,

        /// <summary>One budget per account (<see cref="IRateLimitedSession.AccountId"/>), shared by every connection of that account; not applied to anonymous sessions.</summary>
        Account = 4,

        /// <summary>One budget for the whole server (per <see cref="IDispatchLimiter"/> instance), shared by every session.</summary>
        Global = 8,
    }
}
