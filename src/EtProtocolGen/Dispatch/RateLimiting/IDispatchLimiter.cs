using System;

namespace EtProtocolGen
{
    /// <summary>
    /// Enforces the rate and concurrency limits declared with <see cref="RateLimitAttribute"/> and
    /// <see cref="MaxConcurrencyAttribute"/>. A generated dispatcher whose routes carry limits takes one in its constructor and
    /// calls it before the message is decoded (rates) and right before the handler runs (concurrency).
    /// </summary>
    /// <remarks>
    /// <c>DispatchLimiter</c> (in the net8.0 build) implements it on System.Threading.RateLimiting. The runtime's netstandard2.0
    /// build (Unity) has only this contract. Implementations must be thread-safe and must not throw for anything a peer sends.
    /// </remarks>
    public interface IDispatchLimiter
    {
        /// <summary>
        /// Takes one permit from every budget of <paramref name="rule"/> that applies to <paramref name="session"/>.
        /// </summary>
        /// <returns>False when a budget is exhausted: the message is refused (permits already taken from other budgets of the rule stay taken).</returns>
        bool TryAcquire(RateLimitRule rule, IProtocolSession session);

        /// <summary>
        /// Takes one slot from every partition of <paramref name="rule"/> that applies to <paramref name="session"/>.
        /// </summary>
        /// <returns>
        /// The slot, which the caller disposes when the handler completes, throws or is canceled (disposing twice is harmless);
        /// or null when a partition has no free slot, in which case nothing is held.
        /// </returns>
        IDisposable? TryEnter(ConcurrencyLimitRule rule, IProtocolSession session);
    }
}
