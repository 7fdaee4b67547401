using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Dispatch.Model
{
    /// <summary>The [RateLimit] and [MaxConcurrency] attributes on one message type or handler class.</summary>
    /// <param name="Rates">Every [RateLimit], in declaration order.</param>
    /// <param name="Concurrency">The [MaxConcurrency], or null.</param>
    internal sealed record DeclaredLimitsModel(EquatableArray<RateLimitModel> Rates, ConcurrencyLimitModel? Concurrency)
    {
        public static DeclaredLimitsModel None { get; } = new DeclaredLimitsModel(EquatableArray<RateLimitModel>.Empty, null);

        public bool IsEmpty => Rates.IsEmpty && Concurrency is null;
    }
}
