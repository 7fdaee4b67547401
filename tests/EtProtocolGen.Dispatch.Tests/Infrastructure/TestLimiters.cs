using System;

namespace EtProtocolGen.Dispatch.Tests.Infrastructure
{
    /// <summary>Limiters that answer the same for every rule, so tests see which checks generated dispatch makes and when.</summary>
    public sealed class TestLimiter : IDispatchLimiter
    {
        private readonly bool _permit;

        private TestLimiter(bool permit) => _permit = permit;

        /// <summary>Grants every permit and slot: dispatch behaves as if no limit were declared.</summary>
        public static TestLimiter Unlimited => new TestLimiter(permit: true);

        /// <summary>Refuses every permit and slot: every limit a route checks refuses it.</summary>
        public static TestLimiter Exhausted => new TestLimiter(permit: false);

        public int RateChecks { get; private set; }

        public int SlotsTaken { get; private set; }

        public int SlotsHeld { get; private set; }

        public bool TryAcquire(RateLimitRule rule, IProtocolSession session)
        {
            RateChecks++;
            return _permit;
        }

        public IDisposable? TryEnter(ConcurrencyLimitRule rule, IProtocolSession session)
        {
            if (!_permit)
            {
                return null;
            }

            SlotsTaken++;
            SlotsHeld++;
            return new Slot(this);
        }

        private sealed class Slot : IDisposable
        {
            private TestLimiter? _owner;

            public Slot(TestLimiter owner) => _owner = owner;

            public void Dispose()
            {
                if (_owner is not null)
                {
                    _owner.SlotsHeld--;
                    _owner = null;
                }
            }
        }
    }
}
