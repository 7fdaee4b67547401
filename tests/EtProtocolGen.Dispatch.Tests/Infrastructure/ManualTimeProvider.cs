using System;

namespace EtProtocolGen.Dispatch.Tests.Infrastructure
{
    /// <summary>A clock the test moves by hand (timestamps in ticks of 100 ns).</summary>
    public sealed class ManualTimeProvider : TimeProvider
    {
        private long _timestamp = 1_000_000;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _timestamp;

        public void Advance(TimeSpan by) => _timestamp += by.Ticks;
    }
}
