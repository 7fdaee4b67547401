using System.Collections.Generic;

namespace EtProtocolGen.Generator.Dispatch.Planning
{
    /// <summary>
    /// The one definition of what a [RateLimit] or [MaxConcurrency] may declare and how the anonymous default applies, over the
    /// runtime's values in <see cref="RuntimeContract"/>. Compiled into the analyzers too (ETP0109, ETP0110), so both judge a
    /// declaration alike; <c>LimitRulesTests</c> checks that what it accepts is what the runtime's rule types accept.
    /// </summary>
    internal static class LimitRules
    {
        public const int Connection = RuntimeContract.RateLimitPartition.Connection;
        public const int RemoteAddress = RuntimeContract.RateLimitPartition.RemoteAddress;
        public const int Account = RuntimeContract.RateLimitPartition.Account;
        public const int Global = RuntimeContract.RateLimitPartition.Global;
        public const int AllPartitions = Connection | RemoteAddress | Account | Global;

        public const int MaxPermits = RuntimeContract.RateLimits.MaxPermits;
        public const int MaxPerSeconds = RuntimeContract.RateLimits.MaxPerSeconds;
        public const int MaxConcurrency = RuntimeContract.RateLimits.MaxConcurrency;
        public const int DefaultRatePartitions = RuntimeContract.RateLimits.DefaultRatePartitions;
        public const int DefaultConcurrencyPartitions = RuntimeContract.RateLimits.DefaultConcurrencyPartitions;
        public const int DefaultAnonymousPermits = RuntimeContract.RateLimits.DefaultAnonymousPermits;
        public const int DefaultAnonymousPerSeconds = RuntimeContract.RateLimits.DefaultAnonymousPerSeconds;
        public const int DefaultAnonymousPartitions = RuntimeContract.RateLimits.DefaultAnonymousPartitions;

        private static readonly (int Flag, string Name, string Words)[] Partitions =
        {
            (Connection, "Connection", "per connection"),
            (RemoteAddress, "RemoteAddress", "per remote address"),
            (Account, "Account", "per account"),
            (Global, "Global", "server-wide"),
        };

        /// <summary>Why a [RateLimit] with these arguments cannot be enforced, or null when it can.</summary>
        public static string? RateProblem(int permits, int perSeconds, int partitions)
        {
            if (permits < 1 || permits > MaxPermits)
            {
                return "permits must be 1 to " + MaxPermits.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            }

            if (perSeconds < 1 || perSeconds > MaxPerSeconds)
            {
                return "perSeconds must be 1 to " + MaxPerSeconds.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            }

            return PartitionProblem(partitions);
        }

        /// <summary>Why a [MaxConcurrency] with these arguments cannot be enforced, or null when it can.</summary>
        public static string? ConcurrencyProblem(int limit, int partitions)
        {
            if (limit < 1 || limit > MaxConcurrency)
            {
                return "the limit must be 1 to " + MaxConcurrency.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            }

            return PartitionProblem(partitions);
        }

        /// <summary>The value of 1 to <paramref name="max"/> nearest to <paramref name="value"/>: what the ETP0110 fix writes for a count out of range.</summary>
        public static int Nearest(int value, int max) => value < 1 ? 1 : value > max ? max : value;

        /// <summary>
        /// The partitions of <paramref name="partitions"/> that exist, or <paramref name="fallback"/> (the attribute's default) when
        /// none does: what the ETP0110 fix writes for a Per out of range.
        /// </summary>
        public static int NearestPartitions(int partitions, int fallback) =>
            (partitions & AllPartitions) != 0 ? partitions & AllPartitions : fallback;

        /// <summary>
        /// A rate budget with these partitions throttles each anonymous source: it is per connection or per remote address. Per
        /// account does not reach anonymous sessions, and a global budget alone lets one source spend it for everyone, so neither
        /// replaces the anonymous default.
        /// </summary>
        public static bool LimitsEachAnonymousSource(int partitions) => (partitions & (Connection | RemoteAddress)) != 0;

        /// <summary>The partitions as the enum reads in source: <c>Connection | RemoteAddress</c>.</summary>
        public static string Names(int partitions) => Join(partitions, static p => p.Name, " | ");

        /// <summary>The partitions in words: <c>per connection and per remote address</c>.</summary>
        public static string Words(int partitions) => Join(partitions, static p => p.Words, " and ");

        private static string? PartitionProblem(int partitions) =>
            partitions == 0 || (partitions & ~AllPartitions) != 0
                ? "Per must name at least one of Connection, RemoteAddress, Account and Global, and nothing else"
                : null;

        private static string Join(int partitions, System.Func<(int Flag, string Name, string Words), string> part, string separator)
        {
            var parts = new List<string>(4);
            foreach ((int Flag, string Name, string Words) partition in Partitions)
            {
                if ((partitions & partition.Flag) != 0)
                {
                    parts.Add(part(partition));
                }
            }

            return string.Join(separator, parts);
        }
    }
}
