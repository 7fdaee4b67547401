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
                    if (attribute.ConstructorArguments.Length == 2
                        && attribute.ConstructorArguments[0].Value is int permits
                        && attribute.ConstructorArguments[1].Value is int perSeconds)
                    {
                        (rates ??= new List<RateLimitModel>()).Add(new RateLimitModel(permits, perSeconds, ReadPer(attribute, LimitRules.DefaultRatePartitions), declaredOn, null));
                    }

                    break;
                case AttributeNames.MaxConcurrency:
                    if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int limit)
                    {
                        concurrency = new ConcurrencyLimitModel(limit, ReadPer(attribute, LimitRules.DefaultConcurrencyPartitions), declaredOn);
                    }

                    break;
            }
        }

        public readonly DeclaredLimitsModel ToModel() =>
            rates is null && concurrency is null
                ? DeclaredLimitsModel.None
                : new DeclaredLimitsModel(rates is null ? EquatableArray<RateLimitModel>.Empty : new EquatableArray<RateLimitModel>(rates.ToArray()), concurrency);

        /// <summary>
        /// The rate limit for requests anonymous sessions may send that declare none: [ProtocolLimits]'s AnonymousRequest*
        /// properties, each left at 0 (or out of range, which ETP0110 reports) taking the built-in value.
        /// </summary>
        public static RateLimitModel ReadAnonymousDefault(IAssemblySymbol assembly, CancellationToken cancellationToken)
        {
            int permits = 0, perSeconds = 0, partitions = 0;
            foreach (AttributeData attribute in assembly.GetAttributes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (AttributeNames.Of(attribute.AttributeClass) != AttributeNames.ProtocolLimits)
                {
                    continue;
                }

                foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
                {
                    switch (named.Key)
                    {
                        case AnonymousPermits when named.Value.Value is int value:
                            permits = value;
                            break;
                        case AnonymousPerSeconds when named.Value.Value is int value:
                            perSeconds = value;
                            break;
                        case AnonymousPer when named.Value.Value is int value:
                            partitions = value;
                            break;
                    }
                }
            }

            var set = new List<string>(3);
            permits = Take(permits, set, AnonymousPermits, LimitRules.DefaultAnonymousPermits, LimitRules.RateProblem(permits, 1, LimitRules.Connection) is null);
            perSeconds = Take(perSeconds, set, AnonymousPerSeconds, LimitRules.DefaultAnonymousPerSeconds, LimitRules.RateProblem(1, perSeconds, LimitRules.Connection) is null);
            if (partitions != 0 && LimitRules.RateProblem(1, 1, partitions) is null)
            {
                set.Add(AnonymousPer + " = " + LimitRules.Names(partitions));
            }
            else
            {
                partitions = LimitRules.DefaultAnonymousPartitions;
            }

            string source = set.Count == 0 ? "built in" : "from [assembly: ProtocolLimits(" + string.Join(", ", set) + ")]";
            return new RateLimitModel(permits, perSeconds, partitions, null, source);
        }

        public const string AnonymousPermits = "AnonymousRequestPermits";
        public const string AnonymousPerSeconds = "AnonymousRequestPerSeconds";
        public const string AnonymousPer = "AnonymousRequestPer";

        private static int Take(int value, List<string> set, string name, int builtIn, bool valid)
        {
            if (value == 0 || !valid)
            {
                return builtIn;
            }

            set.Add(name + " = " + value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return value;
        }

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
