using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>
    /// The [RateLimit]s and [MaxConcurrency] declared on a message or a handler class, as the manifest records them on its
    /// line: <c>rate-limits=5/60s:connection,30/60s:remote-address max-concurrency=4:global</c>. Rate limits are sorted by
    /// their text, so the order of the attributes in source does not show as a change.
    /// </summary>
    internal sealed class DispatchLimits
    {
        public const string RateLimitsKey = "rate-limits";
        public const string ConcurrencyKey = "max-concurrency";

        public DispatchLimits(IEnumerable<RateLimitEntry> rates, ConcurrencyEntry? concurrency)
        {
            Rates = rates
                .GroupBy(rate => rate.ToString(), StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => group.First())
                .ToArray();
            Concurrency = concurrency;
        }

        public static DispatchLimits None { get; } = new DispatchLimits(Array.Empty<RateLimitEntry>(), null);

        public IReadOnlyList<RateLimitEntry> Rates { get; }

        public ConcurrencyEntry? Concurrency { get; }

        public bool IsEmpty => Rates.Count == 0 && Concurrency is null;

        /// <summary>Appends <c> rate-limits=...</c> and <c> max-concurrency=...</c> for what is declared.</summary>
        public void Write(StringBuilder line)
        {
            if (Rates.Count > 0)
            {
                line.Append(' ').Append(RateLimitsKey).Append('=').Append(string.Join(",", Rates.Select(rate => rate.ToString())));
            }

            if (Concurrency is not null)
            {
                line.Append(' ').Append(ConcurrencyKey).Append('=').Append(Concurrency);
            }
        }

        /// <summary>
        /// Reads the settings <see cref="Write"/> writes from a line's <c>key=value</c> words; <paramref name="keys"/> counts
        /// those it used. Returns a problem, or null.
        /// </summary>
        public static string? TryRead(Dictionary<string, string> values, out DispatchLimits limits, out int keys)
        {
            limits = None;
            keys = 0;
            var rates = new List<RateLimitEntry>();
            if (values.TryGetValue(RateLimitsKey, out string? ratesText))
            {
                keys++;
                foreach (string text in ratesText.Split(','))
                {
                    if (!RateLimitEntry.TryParse(text, out RateLimitEntry rate))
                    {
                        return "rate-limits is a comma-separated list of <permits>/<seconds>s:<partitions> (partitions: connection, remote-address, account, global, joined by +)";
                    }

                    rates.Add(rate);
                }
            }

            ConcurrencyEntry? concurrency = null;
            if (values.TryGetValue(ConcurrencyKey, out string? concurrencyText))
            {
                keys++;
                if (!ConcurrencyEntry.TryParse(concurrencyText, out ConcurrencyEntry parsed))
                {
                    return "max-concurrency is <limit>:<partitions> (partitions: connection, remote-address, account, global, joined by +)";
                }

                concurrency = parsed;
            }

            limits = keys == 0 ? None : new DispatchLimits(rates, concurrency);
            return null;
        }

        /// <summary>
        /// What <paramref name="after"/> no longer limits as strictly as <paramref name="before"/> did, in words: each shipped rate
        /// limit with no current one of the same partitions at least as strict, and the same for the concurrency limit.
        /// </summary>
        public static List<string> Loosened(IReadOnlyList<RateLimitEntry> before, ConcurrencyEntry? concurrencyBefore, IReadOnlyList<RateLimitEntry> after, ConcurrencyEntry? concurrencyAfter)
        {
            var loosened = new List<string>();
            foreach (RateLimitEntry rate in before)
            {
                if (after.Any(now => now.IsAtLeastAsStrictAs(rate)))
                {
                    continue;
                }

                RateLimitEntry[] same = after.Where(now => now.Partitions == rate.Partitions).ToArray();
                loosened.Add(same.Length == 0
                    ? "rate limit " + rate.Describe() + " removed"
                    : "rate limit " + rate.Describe() + " raised to " + string.Join(" and ", same.Select(now => now.Describe())));
            }

            if (concurrencyBefore is not null && (concurrencyAfter is null || !concurrencyAfter.IsAtLeastAsStrictAs(concurrencyBefore)))
            {
                loosened.Add(concurrencyAfter is null
                    ? "concurrency limit " + concurrencyBefore.Describe() + " removed"
                    : "concurrency limit " + concurrencyBefore.Describe() + " changed to " + concurrencyAfter.Describe());
            }

            return loosened;
        }
    }
}
