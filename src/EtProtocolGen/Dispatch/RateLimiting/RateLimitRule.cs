using System;

namespace EtProtocolGen
{
    /// <summary>
    /// One declared <see cref="RateLimitAttribute"/> (or the anonymous default) as a generated dispatcher hands it to its
    /// <see cref="IDispatchLimiter"/>. Generated dispatchers create each rule once, in a static field, so a limiter may key its
    /// budgets by the rule's identity.
    /// </summary>
    public sealed class RateLimitRule
    {
        /// <summary>Creates a rule. Called by generated dispatchers.</summary>
        /// <param name="permits">Messages allowed in a burst, refilled every <paramref name="perSeconds"/> seconds (1 .. <see cref="RateLimitAttribute.MaxPermits"/>).</param>
        /// <param name="perSeconds">The refill interval in seconds (1 .. <see cref="RateLimitAttribute.MaxPerSeconds"/>).</param>
        /// <param name="partitions">Who shares a budget; at least one partition.</param>
        /// <param name="declaration">Where the rule comes from, as it reads in source, for logs (<c>[RateLimit(5, 60)] on C2R_Login</c>).</param>
        public RateLimitRule(int permits, int perSeconds, RateLimitPartition partitions, string declaration)
        {
            if (permits < 1 || permits > RateLimitAttribute.MaxPermits)
            {
                throw new ArgumentOutOfRangeException(nameof(permits));
            }

            if (perSeconds < 1 || perSeconds > RateLimitAttribute.MaxPerSeconds)
            {
                throw new ArgumentOutOfRangeException(nameof(perSeconds));
            }

            Permits = permits;
            PerSeconds = perSeconds;
            Partitions = RateLimitRules.CheckPartitions(partitions, nameof(partitions));
            Declaration = declaration ?? throw new ArgumentNullException(nameof(declaration));
        }

        /// <summary>Messages allowed in a burst, and refilled (evenly) every <see cref="PerSeconds"/> seconds.</summary>
        public int Permits { get; }

        /// <summary>The refill interval in seconds.</summary>
        public int PerSeconds { get; }

        /// <summary>Who shares a budget.</summary>
        public RateLimitPartition Partitions { get; }

        /// <summary>Where the rule comes from, as it reads in source.</summary>
        public string Declaration { get; }

        /// <inheritdoc />
        public override string ToString() => Declaration;
    }
}
