using System;

namespace EtProtocolGen
{
    /// <summary>
    /// Limits how often a message may be dispatched: at most <see cref="Permits"/> at once, refilled at
    /// <see cref="Permits"/> per <see cref="PerSeconds"/> seconds (a token bucket), per <see cref="Per"/>. Generated dispatch
    /// checks it before the message is decoded; a refused request is answered with <see cref="ErrorCodes.RateLimited"/>
    /// and the result is <see cref="DispatchStatus.RateLimited"/>.
    /// </summary>
    /// <remarks>
    /// On a message, the budget is that message's; on a handler class, one budget is shared by every message the class
    /// handles. Several attributes (on the message, on the handler, or repeated) all apply, each with its own budget.
    /// An outer request anonymous sessions may send that declares none per connection or per remote address gets the
    /// <see cref="ProtocolLimitsAttribute"/> anonymous default as well (10 per 10 seconds per connection and per remote address
    /// unless configured): a per-account budget does not reach anonymous sessions, and a global one alone lets one peer spend it
    /// for everyone.
    /// </remarks>
    /// <example><code>
    /// [Message(10001), AllowAnonymous, ResponseType(typeof(R2C_Login))]
    /// [RateLimit(5, 60, Per = RateLimitPartition.Connection | RateLimitPartition.RemoteAddress)]
    /// public partial class C2R_Login : IRequest { ... }
    /// </code></example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class RateLimitAttribute : Attribute
    {
        /// <summary>The largest <see cref="Permits"/> accepted (analyzer ETP0110 reports a larger or non-positive value).</summary>
        public const int MaxPermits = 1_000_000;

        /// <summary>The largest <see cref="PerSeconds"/> accepted: one day.</summary>
        public const int MaxPerSeconds = 86_400;

        /// <summary>Creates the attribute.</summary>
        /// <param name="permits">Messages allowed in a burst, and refilled every <paramref name="perSeconds"/> seconds (1 .. <see cref="MaxPermits"/>).</param>
        /// <param name="perSeconds">The refill interval in seconds (1 .. <see cref="MaxPerSeconds"/>).</param>
        public RateLimitAttribute(int permits, int perSeconds)
        {
            Permits = permits;
            PerSeconds = perSeconds;
        }

        /// <summary>Messages allowed in a burst, and refilled (evenly) every <see cref="PerSeconds"/> seconds.</summary>
        public int Permits { get; }

        /// <summary>The refill interval in seconds.</summary>
        public int PerSeconds { get; }

        /// <summary>Who shares a budget. Default <see cref="RateLimitPartition.Connection"/>.</summary>
        public RateLimitPartition Per { get; set; } = RateLimitPartition.Connection;
    }
}
