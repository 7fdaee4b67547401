using System;

namespace EtProtocolGen.Benchmarks.Dispatch
{
    /// <summary>
    /// Grants every permit and slot, so that the dispatch benchmarks run the generated limit checks (the login request gets the
    /// anonymous default) at the cost of an interface call, without a budget that a benchmark's millions of calls would spend.
    /// </summary>
    public sealed class GrantingLimiter : IDispatchLimiter
    {
        public bool TryAcquire(RateLimitRule rule, IProtocolSession session) => true;

        public IDisposable? TryEnter(ConcurrencyLimitRule rule, IProtocolSession session) => NoSlot.Instance;

        private sealed class NoSlot : IDisposable
        {
            public static readonly NoSlot Instance = new NoSlot();

            public void Dispose()
            {
            }
        }
    }
}
