using System;
using System.Threading;
using System.Threading.RateLimiting;
using EtProtocolGen.Transport.Diagnostics;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Transport.Server.Logging
{
    /// <summary>
    /// Bounds how many entries about single connections the server writes per second, so that an attack cannot flood the
    /// log: a token bucket (<c>System.Threading.RateLimiting</c>) grants each entry; entries over the rate are counted and
    /// reported in one entry when logging resumes. Thread-safe.
    /// </summary>
    internal sealed class LogThrottle
    {
        private readonly ILogger _logger;
        private readonly TokenBucketRateLimiter _bucket;
        private long _suppressed;

        public LogThrottle(ILogger logger, int entriesPerSecond)
        {
            _logger = logger;

            // Refilled in proportion to the time since the last entry: no timer, so nothing to dispose.
            _bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = entriesPerSecond,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1.0 / entriesPerSecond),
                QueueLimit = 0,
                AutoReplenishment = false,
            });
        }

        /// <summary>
        /// True when an entry at <paramref name="level"/> may be written now. A disabled level spends nothing; an entry over the
        /// rate is counted. The first entry allowed after some were suppressed is preceded by one that says how many.
        /// </summary>
        public bool Allow(LogLevel level)
        {
            if (!_logger.IsEnabled(level))
            {
                return false;
            }

            _bucket.TryReplenish();
            using (RateLimitLease lease = _bucket.AttemptAcquire())
            {
                if (!lease.IsAcquired)
                {
                    Interlocked.Increment(ref _suppressed);
                    return false;
                }
            }

            long suppressed = Interlocked.Exchange(ref _suppressed, 0);
            if (suppressed > 0)
            {
                TransportLog.Suppressed(_logger, suppressed);
            }

            return true;
        }
    }
}
