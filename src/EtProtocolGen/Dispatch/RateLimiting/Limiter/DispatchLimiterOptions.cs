using System;

namespace EtProtocolGen
{
    /// <summary>Bounds of a <see cref="DispatchLimiter"/>.</summary>
    public sealed class DispatchLimiterOptions
    {
        /// <summary>The built-in <see cref="MaxPartitionsPerRule"/>: 10,000.</summary>
        public const int DefaultMaxPartitionsPerRule = 10_000;

        /// <summary>
        /// The most budgets one rule keeps per partition kind (connections, addresses or accounts). Budgets that refilled are
        /// dropped on their own; this bounds the memory an attacker who rotates addresses or accounts can make the limiter hold.
        /// Past it, the least recently used rate budget is dropped early (its identity starts over with a full budget), and a
        /// concurrency slot for a new identity is refused. Default <see cref="DefaultMaxPartitionsPerRule"/>.
        /// </summary>
        public int MaxPartitionsPerRule { get; set; } = DefaultMaxPartitionsPerRule;

        /// <summary>The clock that decides when an unused budget has refilled and can be dropped. Default <see cref="TimeProvider.System"/>.</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        /// <summary>Throws when a bound is out of range.</summary>
        public void Validate()
        {
            if (MaxPartitionsPerRule < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxPartitionsPerRule), MaxPartitionsPerRule, "MaxPartitionsPerRule must be at least 1.");
            }

            if (TimeProvider is null)
            {
                throw new ArgumentNullException(nameof(TimeProvider));
            }
        }
    }
}
