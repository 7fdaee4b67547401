using System.Globalization;
using EtProtocolGen.Generator.Dispatch.Planning;

namespace EtProtocolGen.Generator.Dispatch.Model
{
    /// <summary>One [MaxConcurrency] as declared; the generated check and its comment are both written from it.</summary>
    /// <param name="Limit">Handlers allowed at once per partition.</param>
    /// <param name="Partitions">The <c>RateLimitPartition</c> flags.</param>
    /// <param name="DeclaredOn">The message or handler class that declares it.</param>
    internal sealed record ConcurrencyLimitModel(int Limit, int Partitions, string DeclaredOn)
    {
        /// <summary>Why it cannot be enforced, or null (from <see cref="LimitRules.ConcurrencyProblem"/>).</summary>
        public string? Problem => LimitRules.ConcurrencyProblem(Limit, Partitions);

        /// <summary>Where it comes from, as it reads in source: <c>[MaxConcurrency(4)] on LoginHandler</c>.</summary>
        public string Describe() =>
            "[MaxConcurrency(" + Number(Limit)
            + (Partitions == LimitRules.DefaultConcurrencyPartitions ? "" : ", Per = " + (Problem is null ? LimitRules.Names(Partitions) : "(RateLimitPartition)" + Number(Partitions)))
            + ")] on " + DeclaredOn;

        /// <summary>What it allows, in words: <c>at most 4 at once server-wide</c>.</summary>
        public string Effect() => "at most " + Number(Limit) + " at once " + LimitRules.Words(Partitions);

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
