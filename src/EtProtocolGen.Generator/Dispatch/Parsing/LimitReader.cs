using System.Collections.Generic;
using System.Threading;
using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Dispatch.Planning;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Generator.Dispatch.Parsing
{
    /// <summary>
    /// Reads [RateLimit] and [MaxConcurrency] into a <see cref="DeclaredLimitsModel"/>, and the anonymous default from the
    /// assembly's [ProtocolLimits]. Values are kept as written; <see cref="LimitRules"/> judges them. Compiled into the
    /// analyzers too, so that ETP0109 and ETP0110 see the limits dispatch applies.
    /// </summary>
    internal struct LimitReader
    {
        private List<RateLimitModel>? rates;
        private ConcurrencyLimitModel? concurrency;

        /// <summary>The limit attributes of a message type or handler class.</summary>
        public static DeclaredLimitsModel Read(ISymbol symbol)
        {
            var reader = default(LimitReader);
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                reader.Add(attribute, AttributeNames.Of(attribute.AttributeClass), symbol.Name);
            }

            return reader.ToModel();
        }

        /// <summary>Takes in <paramref name="attribute"/> if it is a limit attribute (<paramref name="attributeName"/> from <see cref="AttributeNames.Of"/>).</summary>
        public void Add(AttributeData attribute, string? attributeName, string declaredOn)
        {
            switch (attributeName)
            {
                case AttributeNames.RateLimit:
                    if (TryReadRate(attribute, declaredOn) is RateLimitModel rate)
                    {
                        (rates ??= new List<RateLimitModel>()).Add(rate);
                    }

                    break;
                case AttributeNames.MaxConcurrency:
                    concurrency = TryReadConcurrency(attribute, declaredOn) ?? concurrency;
                    break;
            }
        }

        /// <summary>A [RateLimit] as written, or null when its arguments do not bind (a compile error already).</summary>
        public static RateLimitModel? TryReadRate(AttributeData attribute, string declaredOn) =>
            attribute.ConstructorArguments.Length == 2
            && attribute.ConstructorArguments[0].Value is int permits
            && attribute.ConstructorArguments[1].Value is int perSeconds
                ? new RateLimitModel(permits, perSeconds, ReadPer(attribute, LimitRules.DefaultRatePartitions), declaredOn, null)
                : null;

        /// <summary>A [MaxConcurrency] as written, or null when its argument does not bind (a compile error already).</summary>
        public static ConcurrencyLimitModel? TryReadConcurrency(AttributeData attribute, string declaredOn) =>
            attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int limit
                ? new ConcurrencyLimitModel(limit, ReadPer(attribute, LimitRules.DefaultConcurrencyPartitions), declaredOn)
                : null;

        public readonly DeclaredLimitsModel ToModel() =>
            rates is null && concurrency is null
                ? DeclaredLimitsModel.None
                : new DeclaredLimitsModel(rates is null ? EquatableArray<RateLimitModel>.Empty : new EquatableArray<RateLimitModel>(rates.ToArray()), concurrency);

        /// <summary>
        /// The rate limit for requests anonymous sessions may send that declare none per source: [ProtocolLimits]'s
        /// AnonymousRequest* properties, each left at 0 (or out of range, which ETP0110 reports) taking the built-in value.
        /// </summary>
        public static RateLimitModel ReadAnonymousDefault(IAssemblySymbol assembly, CancellationToken cancellationToken)
        {
            int permits = LimitRules.DefaultAnonymousPermits;
            int perSeconds = LimitRules.DefaultAnonymousPerSeconds;
            int partitions = LimitRules.DefaultAnonymousPartitions;
            var set = new List<string>(3);
            foreach (AttributeData attribute in assembly.GetAttributes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (AttributeNames.Of(attribute.AttributeClass) != AttributeNames.ProtocolLimits)
                {
                    continue;
                }

                foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
                {
                    if (named.Value.Value is not int value || value == 0 || AnonymousDefaultProblem(named.Key, value) is not null)
                    {
                        continue;
                    }

                    switch (named.Key)
                    {
                        case AnonymousPermits:
                            permits = value;
                            set.Add(AnonymousPermits + " = " + value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                            break;
                        case AnonymousPerSeconds:
                            perSeconds = value;
                            set.Add(AnonymousPerSeconds + " = " + value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                            break;
                        case AnonymousPer:
                            partitions = value;
                            set.Add(AnonymousPer + " = " + LimitRules.Names(value));
                            break;
                    }
                }
            }

            string source = set.Count == 0 ? "built in" : "from [assembly: ProtocolLimits(" + string.Join(", ", set) + ")]";
            return new RateLimitModel(permits, perSeconds, partitions, null, source);
        }

        /// <summary>Why a [ProtocolLimits] AnonymousRequest* value other than 0 cannot be used, or null (also for other properties).</summary>
        public static string? AnonymousDefaultProblem(string property, int value) => property switch
        {
            AnonymousPermits => LimitRules.RateProblem(value, 1, LimitRules.Connection),
            AnonymousPerSeconds => LimitRules.RateProblem(1, value, LimitRules.Connection),
            AnonymousPer => LimitRules.RateProblem(1, 1, value),
            _ => null,
        };

        public const string AnonymousPermits = "AnonymousRequestPermits";
        public const string AnonymousPerSeconds = "AnonymousRequestPerSeconds";
        public const string AnonymousPer = "AnonymousRequestPer";

        private static int ReadPer(AttributeData attribute, int defaultPartitions)
        {
            foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
            {
                if (named.Key == "Per" && named.Value.Value is int value)
                {
                    return value;
                }
            }

            return defaultPartitions;
        }
    }
}
