using System;
using EtProtocolGen.Generator.Dispatch.Planning;

namespace EtProtocolGen.Generator.Tests;

/// <summary>
/// The generator's copy of the limit rules (the generator never loads the runtime) agrees with the runtime: the same
/// constants, the same partition values, and a declaration the generator would emit is one the runtime's rule types accept.
/// </summary>
public sealed class LimitRulesTests
{
    [Fact]
    public void The_constants_are_the_runtime_constants()
    {
        Assert.Equal(RateLimitAttribute.MaxPermits, LimitRules.MaxPermits);
        Assert.Equal(RateLimitAttribute.MaxPerSeconds, LimitRules.MaxPerSeconds);
        Assert.Equal(MaxConcurrencyAttribute.MaxLimit, LimitRules.MaxConcurrency);
        Assert.Equal(ProtocolLimitsAttribute.DefaultAnonymousRequestPermits, LimitRules.DefaultAnonymousPermits);
        Assert.Equal(ProtocolLimitsAttribute.DefaultAnonymousRequestPerSeconds, LimitRules.DefaultAnonymousPerSeconds);
        Assert.Equal((int)ProtocolLimitsAttribute.DefaultAnonymousRequestPer, LimitRules.DefaultAnonymousPartitions);
        Assert.Equal(LimitRules.DefaultRatePartitions, (int)new RateLimitAttribute(1, 1).Per);
        Assert.Equal(LimitRules.DefaultConcurrencyPartitions, (int)new MaxConcurrencyAttribute(1).Per);
    }

    [Fact]
    public void The_partition_flags_are_the_runtime_enum()
    {
        Assert.Equal((int)RateLimitPartitions.Connection, LimitRules.Connection);
        Assert.Equal((int)RateLimitPartitions.RemoteAddress, LimitRules.RemoteAddress);
        Assert.Equal((int)RateLimitPartitions.Account, LimitRules.Account);
        Assert.Equal((int)RateLimitPartitions.Global, LimitRules.Global);
        int all = 0;
        foreach (RateLimitPartitions partition in Enum.GetValues<RateLimitPartitions>())
        {
            all |= (int)partition;
            Assert.Equal(partition.ToString(), LimitRules.Names((int)partition));
        }

        Assert.Equal(LimitRules.AllPartitions, all);
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
        bool runtimeAccepts = Accepts(() => new RateLimitRule(permits, perSeconds, (RateLimitPartitions)partitions, "test"));
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
        bool runtimeAccepts = Accepts(() => new ConcurrencyLimitRule(limit, (RateLimitPartitions)partitions, "test"));
        Assert.Equal(runtimeAccepts, generatorAccepts);
    }

    [Theory]
    [InlineData(RateLimitPartitions.Connection, true)]
    [InlineData(RateLimitPartitions.RemoteAddress, true)]
    [InlineData(RateLimitPartitions.Account | RateLimitPartitions.RemoteAddress, true)]
    [InlineData(RateLimitPartitions.Account, false)]
    [InlineData(RateLimitPartitions.Global, false)]
    [InlineData(RateLimitPartitions.Account | RateLimitPartitions.Global, false)]
    public void Only_a_per_connection_or_per_address_budget_replaces_the_anonymous_default(RateLimitPartitions partitions, bool replaces) =>
        Assert.Equal(replaces, LimitRules.LimitsEachAnonymousSource((int)partitions));

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
