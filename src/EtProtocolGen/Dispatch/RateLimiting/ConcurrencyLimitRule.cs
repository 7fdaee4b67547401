using System;

namespace EtProtocolGen
{
    /// <summary>
    /// One declared <see cref="MaxConcurrencyAttribute"/> as a generated dispatcher hands it to its <see cref="IDispatchLimiter"/>.
    /// Generated dispatchers create each rule once, in a static field, so a limiter may key its slots by the rule's identity.
    /// </summary>
    public sealed class ConcurrencyLimitRule
    {
        /// <summary>Creates a rule. Called by generated dispatchers.</summary>
        /// <param name="limit">Handlers allowed to run at once per partition (1 .. <see cref="MaxConcurrencyAttribute.MaxLimit"/>).</param>
        /// <param name="partitions">Who shares the slots; at least one partition.</param>
        /// <param name="declaration">Where the rule comes from, as it reads in source, for logs (<c>[MaxConcurrency(4)] on LoginHandler</c>).</param>
        public ConcurrencyLimitRule(int limit, RateLimitPartition partitions, string declaration)
        {
            if (limit < 1 || limit > MaxConcurrencyAttribute.MaxLimit)
            {
                throw new ArgumentOutOfRangeException(nameof(limit));
            }

            Limit = limit;
            Partitions = RateLimitRules.CheckPartitions(partitions, nameof(partitions));
            Declaration = declaration ?? throw new ArgumentNullException(nameof(declaration));
        }

        /// <summary>Handlers allowed to run at once per partition.</summary>
        public int Limit { get; }

        /// <summary>Who shares the slots.</summary>
        public RateLimitPartition Partitions { get; }

        /// <summary>Where the rule comes from, as it reads in source.</summary>
        public string Declaration { get; }

        /// <inheritdoc />
        public override string ToString() => Declaration;
    }
}
