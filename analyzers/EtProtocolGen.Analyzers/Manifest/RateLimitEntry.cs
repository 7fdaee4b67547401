using System.Globalization;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>
    /// One [RateLimit], or the anonymous default dispatch gives a request, as the manifest records it:
    /// <c>5/60s:connection+remote-address</c> (permits, refill interval, partitions).
    /// </summary>
    internal sealed class RateLimitEntry
    {
        public RateLimitEntry(int permits, int perSeconds, int partitions)
        {
            Permits = permits;
            PerSeconds = perSeconds;
            Partitions = partitions;
        }

        /// <summary>The burst, refilled every <see cref="PerSeconds"/>.</summary>
        public int Permits { get; }

        public int PerSeconds { get; }

        /// <summary>The <c>RateLimitPartition</c> flags.</summary>
        public int Partitions { get; }

        /// <summary>
        /// True if this admits no more than <paramref name="other"/> does: the same partitions, a burst no larger and a refill no
        /// faster (permits per second compared without division).
        /// </summary>
        public bool IsAtLeastAsStrictAs(RateLimitEntry other) =>
            Partitions == other.Partitions
            && Permits <= other.Permits
            && (long)Permits * other.PerSeconds <= (long)other.Permits * PerSeconds;

        /// <summary>In words, for diagnostics and the report: <c>5 per 60 s per connection and per remote address</c>.</summary>
        public string Describe() => Number(Permits) + " per " + Number(PerSeconds) + " s " + PartitionText.Words(Partitions);

        public override string ToString() => Number(Permits) + "/" + Number(PerSeconds) + "s:" + PartitionText.Format(Partitions);

        /// <summary>Reads the text <see cref="ToString"/> writes.</summary>
        public static bool TryParse(string text, out RateLimitEntry entry)
        {
            entry = null!;
            int slash = text.IndexOf('/');
            int colon = text.IndexOf(':');
            if (slash <= 0 || colon < slash + 2 || text[colon - 1] != 's'
                || !TryPositive(text.Substring(0, slash), out int permits)
                || !TryPositive(text.Substring(slash + 1, colon - slash - 2), out int perSeconds)
                || !PartitionText.TryParse(text.Substring(colon + 1), out int partitions))
            {
                return false;
            }

            entry = new RateLimitEntry(permits, perSeconds, partitions);
            return true;
        }

        internal static bool TryPositive(string text, out int value) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
