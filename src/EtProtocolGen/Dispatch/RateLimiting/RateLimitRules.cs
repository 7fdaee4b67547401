using System;

namespace EtProtocolGen
{
    /// <summary>Checks shared by the rule types.</summary>
    internal static class RateLimitRules
    {
        /// <summary>Every defined partition flag, in the order a limiter checks them: the narrowest budget first.</summary>
        public const RateLimitPartitions All =
            RateLimitPartitions.Connection | RateLimitPartitions.RemoteAddress | RateLimitPartitions.Account | RateLimitPartitions.Global;

        public static RateLimitPartitions CheckPartitions(RateLimitPartitions partitions, string parameterName)
        {
            if (partitions == 0 || (partitions & ~All) != 0)
            {
                throw new ArgumentOutOfRangeException(parameterName);
            }

            return partitions;
        }
    }
}
