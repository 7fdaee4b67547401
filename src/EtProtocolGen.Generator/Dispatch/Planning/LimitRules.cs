using System.Collections.Generic;

namespace EtProtocolGen.Generator.Dispatch.Planning
{
    /// <summary>
    /// The one definition of what a [RateLimit] or [MaxConcurrency] may declare and how the anonymous default applies.
    /// The generator never loads the runtime, so the runtime's constants are copied here; a test pins them to the runtime's
    /// values. Compiled into the analyzers too (ETP0109, ETP0110), so both judge a declaration alike.
    /// </summary>
    internal static class LimitRules
    {
        public const int Connection = 1;
        public const int RemoteAddress = 2;
        public const int Account = 4;
        public const int Global = 8;
        public const int AllPartitions = Connection | RemoteAddress | Account | Global;

        /// <summary><c>RateLimitAttribute.MaxPermits</c>.</summary>
        public const int MaxPermits = 1_000_000;

        /// <summary><c>RateLimitAttribute.MaxPerSeconds</c>.</summary>
        public const int MaxPerSeconds = 86_400;

        /// <summary><c>MaxConcurrencyAttribute.MaxLimit</c>.</summary>
        public const int MaxConcurrency = 1_000_000;

        /// <summary>The default of <c>RateLimitAttribute.Per</c>.</summary>
        public const int DefaultRatePartitions = Connection;

        /// <summary>The default of <c>MaxConcurrencyAttribute.Per</c>.</summary>
        public const int DefaultConcurrencyPartitions = Global;

        /// <summary><c>ProtocolLimitsAttribute.DefaultAnonymousRequestPermits</c>.</summary>
        public const int DefaultAnonymousPermits = 10;

        /// <summary><c>ProtocolLimitsAttribute.DefaultAnonymousRequestPerSeconds</c>.</summary>
        public const int DefaultAnonymousPerSeconds = 10;

        /// <summary><c>ProtocolLimitsAttribute.DefaultAnonymousRequestPer</c>.</summary>
        public const int DefaultAnonymousPartitions = Connection | RemoteAddress;

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
