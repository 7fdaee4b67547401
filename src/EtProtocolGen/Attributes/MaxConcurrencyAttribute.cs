using System;

namespace EtProtocolGen
{
    /// <summary>
    /// Caps how many handlers of a message run at once, for handlers that cost CPU or a scarce resource (a password hash, a
    /// database write). Generated dispatch takes a slot after authorization and validation, right before the handler runs,
    /// and gives it back when the handler completes, throws or is canceled. A request that finds no free slot is refused
    /// with <see cref="ErrorCodes.RateLimited"/> at once: it never waits in a queue.
    /// </summary>
    /// <remarks>
    /// On a message, the slots are that message's; on a handler class, the slots are shared by every message the class handles.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class MaxConcurrencyAttribute : Attribute
    {
        /// <summary>The largest <see cref="Limit"/> accepted (analyzer ETP0110 reports a larger or non-positive value).</summary>
        public const int MaxLimit = 1_000_000;

        /// <summary>Creates the attribute.</summary>
        /// <param name="limit">Handlers allowed to run at once per <see cref="Per"/> (1 .. <see cref="MaxLimit"/>).</param>
        public MaxConcurrencyAttribute(int limit) => Limit = limit;

        /// <summary>Handlers allowed to run at once per <see cref="Per"/>.</summary>
        public int Limit { get; }

        /// <summary>Who shares the slots. Default <see cref="RateLimitPartition.Global"/>: the whole server.</summary>
        public RateLimitPartition Per { get; set; } = RateLimitPartition.Global;
    }
}
