using System;

namespace EtProtocolGen
{
    /// <summary>Checks shared by the rule types.</summary>
    internal static class RateLimitRules
    {
        /// <summary>Every defined partition flag, in the order a limiter checks them: the narrowest budget first.</summary>
        public const RateLimitPartition All =
            RateLimitPartition.Connection | RateLimitPartition.RemoteAddress | RateLimitPartition.Account | RateLimitPartition.Global;

        public static RateLimitPartition CheckPartitions(RateLimitPartition partitions, string parameterName)
        {
            if (partitions == 0 || (partitions & ~All) != 0)
            {
                throw new ArgumentOutOfRangeException(parameterName);
            }

            return partitions;
        }
    }
}
