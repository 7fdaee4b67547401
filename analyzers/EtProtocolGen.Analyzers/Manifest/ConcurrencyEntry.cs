using System.Globalization;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>One [MaxConcurrency] as the manifest records it: <c>4:global</c> (handlers at once, partitions).</summary>
    internal sealed class ConcurrencyEntry
    {
        public ConcurrencyEntry(int limit, int partitions)
        {
            Limit = limit;
            Partitions = partitions;
        }

        public int Limit { get; }

        /// <summary>The <c>RateLimitPartition</c> flags.</summary>
        public int Partitions { get; }

        /// <summary>True if this admits no more handlers at once than <paramref name="other"/>: the same partitions and a limit no larger.</summary>
        public bool IsAtLeastAsStrictAs(ConcurrencyEntry other) => Partitions == other.Partitions && Limit <= other.Limit;

        /// <summary>In words: <c>at most 4 at once server-wide</c>.</summary>
        public string Describe() => "at most " + Limit.ToString(CultureInfo.InvariantCulture) + " at once " + PartitionText.Words(Partitions);

        public override string ToString() => Limit.ToString(CultureInfo.InvariantCulture) + ":" + PartitionText.Format(Partitions);

        /// <summary>Reads the text <see cref="ToString"/> writes.</summary>
        public static bool TryParse(string text, out ConcurrencyEntry entry)
        {
            entry = null!;
            int colon = text.IndexOf(':');
            if (colon <= 0 || !RateLimitEntry.TryPositive(text.Substring(0, colon), out int limit) || !PartitionText.TryParse(text.Substring(colon + 1), out int partitions))
            {
                return false;
            }

            entry = new ConcurrencyEntry(limit, partitions);
            return true;
        }
    }
}
