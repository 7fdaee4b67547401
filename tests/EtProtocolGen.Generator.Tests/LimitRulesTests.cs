using System;
using EtProtocolGen.Generator.Dispatch.Planning;

namespace EtProtocolGen.Generator.Tests;

/// <summary>
/// The generator's limit rules agree with the runtime: the partitions read as the enum does, and a declaration the generator
/// would emit is one the runtime's rule types accept (the constants themselves are pinned in <see cref="RuntimeContractTests"/>).
/// </summary>
public sealed class LimitRulesTests
{
    [Fact]
    public void The_partition_names_are_the_runtime_enum_s()
    {
        int all = 0;
        foreach (RateLimitPartition partition in Enum.GetValues<RateLimitPartition>())
        {
            all |= (int)partition;
            Assert.Equal(partition.ToString(), LimitRules.Names((int)partition));
        }

        Assert.Equal(LimitRules.AllPartitions, all);
        Assert.Equal("Connection | RemoteAddress", LimitRules.Names((int)(RateLimitPartition.Connection | RateLimitPartition.RemoteAddress)));
        Assert.Equal("per connection and per remote address", LimitRules.Words((int)(RateLimitPartition.RemoteAddress | RateLimitPartition.Connection)));
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(0, 1, 1)]
    [InlineData(-5, 1, 1)]
    [InlineData(RateLimitAttribute.MaxPermits, RateLimitAttribute.MaxPerSeconds, 15)]
    [InlineData(RateLimitAttribute.MaxPermits + 1, 1, 1)]
    [InlineData(1, 0, 1)]
    [InlineData(1, RateLimitAttribute.MaxPerSeconds + 1, 1)]
    [InlineData(1, 1, 0)]
    [InlineData(1, 1, 16)]
    [InlineData(1, 1, 17)]
    [InlineData(1, 1, -1)]
    public void A_rate_limit_the_generator_accepts_is_one_the_runtime_accepts(int permits, int perSeconds, int partitions)
    {
        bool generatorAccepts = LimitRules.RateProblem(permits, perSeconds, partitions) is null;
        bool runtimeAccepts = Accepts(() => new RateLimitRule(permits, perSeconds, (RateLimitPartition)partitions, "test"));
        Assert.Equal(runtimeAccepts, generatorAccepts);
    }

    [Theory]
    [InlineData(1, 8)]
    [InlineData(0, 8)]
    [InlineData(MaxConcurrencyAttribute.MaxLimit, 15)]
    [InlineData(MaxConcurrencyAttribute.MaxLimit + 1, 8)]
    [InlineData(1, 0)]
    [InlineData(1, 32)]
    public void A_concurrency_limit_the_generator_accepts_is_one_the_runtime_accepts(int limit, int partitions)
    {
        bool generatorAccepts = LimitRules.ConcurrencyProblem(limit, partitions) is null;
        bool runtimeAccepts = Accepts(() => new ConcurrencyLimitRule(limit, (RateLimitPartition)partitions, "test"));
        Assert.Equal(runtimeAccepts, generatorAccepts);
    }

    [Theory]
    [InlineData(RateLimitPartition.Connection, true)]
    [InlineData(RateLimitPartition.RemoteAddress, true)]
    [InlineData(RateLimitPartition.Account | RateLimitPartition.RemoteAddress, true)]
    [InlineData(RateLimitPartition.Account, false)]
    [InlineData(RateLimitPartition.Global, false)]
    [InlineData(RateLimitPartition.Account | RateLimitPartition.Global, false)]
    public void Only_a_per_connection_or_per_address_budget_replaces_the_anonymous_default(RateLimitPartition partitions, bool replaces) =>
        Assert.Equal(replaces, LimitRules.LimitsEachAnonymousSource((int)partitions));

    [Theory]
    [InlineData(0, 0, 0, 1, 1, 1)]
    [InlineData(-5, 86_401, 16, 1, 86_400, 1)]
    [InlineData(1_000_001, 60, 17, 1_000_000, 60, 1)]
    [InlineData(5, int.MaxValue, -1, 5, 86_400, 15)]
    [InlineData(5, 60, 6, 5, 60, 6)]
    public void The_ETP0110_fix_writes_the_nearest_rate_limit_the_runtime_accepts(int permits, int perSeconds, int partitions, int nearestPermits, int nearestPerSeconds, int nearestPartitions)
    {
        int fixedPermits = LimitRules.Nearest(permits, LimitRules.MaxPermits);
        int fixedPerSeconds = LimitRules.Nearest(perSeconds, LimitRules.MaxPerSeconds);
        int fixedPartitions = LimitRules.NearestPartitions(partitions, LimitRules.DefaultRatePartitions);

        Assert.Equal((nearestPermits, nearestPerSeconds, nearestPartitions), (fixedPermits, fixedPerSeconds, fixedPartitions));
        Assert.Null(LimitRules.RateProblem(fixedPermits, fixedPerSeconds, fixedPartitions));
        Assert.True(Accepts(() => new RateLimitRule(fixedPermits, fixedPerSeconds, (RateLimitPartition)fixedPartitions, "test")));
    }

    [Theory]
    [InlineData(0, 0, 1, 8)]
    [InlineData(2_000_000, 32, 1_000_000, 8)]
    [InlineData(3, 34, 3, 2)]
    public void The_ETP0110_fix_writes_the_nearest_concurrency_limit_the_runtime_accepts(int limit, int partitions, int nearestLimit, int nearestPartitions)
    {
        int fixedLimit = LimitRules.Nearest(limit, LimitRules.MaxConcurrency);
        int fixedPartitions = LimitRules.NearestPartitions(partitions, LimitRules.DefaultConcurrencyPartitions);

        Assert.Equal((nearestLimit, nearestPartitions), (fixedLimit, fixedPartitions));
        Assert.True(Accepts(() => new ConcurrencyLimitRule(fixedLimit, (RateLimitPartition)fixedPartitions, "test")));
    }

    private static bool Accepts(Action create)
    {
        try
        {
            create();
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
