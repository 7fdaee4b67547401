using System.Globalization;
using EtProtocolGen.Generator.Dispatch.Planning;

namespace EtProtocolGen.Generator.Dispatch.Model
{
    /// <summary>One [RateLimit] as declared, or the anonymous default; the generated check and its comment are both written from it.</summary>
    /// <param name="Permits">The burst, refilled every <paramref name="PerSeconds"/>.</param>
    /// <param name="PerSeconds">The refill interval in seconds.</param>
    /// <param name="Partitions">The <c>RateLimitPartition</c> flags.</param>
    /// <param name="DeclaredOn">The message or handler class that declares it; null for the anonymous default.</param>
    /// <param name="DefaultSource">For the anonymous default: where its values come from (<c>built in</c>, or the [ProtocolLimits] that sets them).</param>
    internal sealed record RateLimitModel(int Permits, int PerSeconds, int Partitions, string? DeclaredOn, string? DefaultSource)
    {
        /// <summary>Why it cannot be enforced, or null (from <see cref="LimitRules.RateProblem"/>).</summary>
        public string? Problem => LimitRules.RateProblem(Permits, PerSeconds, Partitions);

        /// <summary>Where it comes from, as it reads in source: <c>[RateLimit(5, 60, Per = Connection | RemoteAddress)] on C2R_Login</c>.</summary>
        public string Describe() => DeclaredOn is null ? "the anonymous default (" + DefaultSource + ")" : Attribute() + " on " + DeclaredOn;

        /// <summary>What it allows, in words: <c>5 per 60 s per connection and per remote address</c>.</summary>
        public string Effect() =>
            Number(Permits) + " per " + Number(PerSeconds) + " s " + LimitRules.Words(Partitions);

        private string Attribute() =>
            "[RateLimit(" + Number(Permits) + ", " + Number(PerSeconds)
            + (Partitions == LimitRules.DefaultRatePartitions ? "" : ", Per = " + (Problem is null ? LimitRules.Names(Partitions) : "(RateLimitPartition)" + Number(Partitions)))
            + ")]";

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
