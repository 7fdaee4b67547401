using System;
using System.Linq;
using System.Reflection;
using EtProtocolGen.Wire;

namespace EtProtocolGen.Generator.Tests;

/// <summary>
/// The generator and the analyzers run in the compiler, without the runtime, so they hold one copy of the runtime's values
/// (<see cref="RuntimeContract"/>). Each copy is pinned here to the runtime's own value, so a change on one side fails a test.
/// </summary>
public sealed class RuntimeContractTests
{
    [Fact]
    public void The_namespace_and_version_are_the_runtime_assembly_s()
    {
        Assembly runtime = typeof(MessageAttribute).Assembly;

        Assert.Equal(RuntimeContract.Namespace, typeof(MessageAttribute).Namespace);
        Assert.Equal(RuntimeContract.Version, runtime.GetName().Version!.ToString(3));
        Assert.Equal(
            RuntimeContract.GeneratedCodeAttribute,
            "[global::System.CodeDom.Compiler.GeneratedCode(\"EtProtocolGen\", \"" + runtime.GetName().Version!.ToString(3) + "\")]");
    }

    [Fact]
    public void The_default_limits_are_ProtocolLimitsAttribute_s()
    {
        Assert.Equal(ProtocolLimitsAttribute.DefaultMaxMessageSize, RuntimeContract.Limits.DefaultMaxMessageSize);
        Assert.Equal(ProtocolLimitsAttribute.DefaultMaxDepth, RuntimeContract.Limits.DefaultMaxDepth);
        Assert.Equal(ProtocolLimitsAttribute.MaxSupportedDepth, RuntimeContract.Limits.MaxSupportedDepth);
    }

    [Fact]
    public void The_rate_limit_bounds_and_defaults_are_the_attributes_()
    {
        Assert.Equal(RateLimitAttribute.MaxPermits, RuntimeContract.RateLimits.MaxPermits);
        Assert.Equal(RateLimitAttribute.MaxPerSeconds, RuntimeContract.RateLimits.MaxPerSeconds);
        Assert.Equal(MaxConcurrencyAttribute.MaxLimit, RuntimeContract.RateLimits.MaxConcurrency);
        Assert.Equal(RuntimeContract.RateLimits.DefaultRatePartitions, (int)new RateLimitAttribute(1, 1).Per);
        Assert.Equal(RuntimeContract.RateLimits.DefaultConcurrencyPartitions, (int)new MaxConcurrencyAttribute(1).Per);
        Assert.Equal(ProtocolLimitsAttribute.DefaultAnonymousRequestPermits, RuntimeContract.RateLimits.DefaultAnonymousPermits);
        Assert.Equal(ProtocolLimitsAttribute.DefaultAnonymousRequestPerSeconds, RuntimeContract.RateLimits.DefaultAnonymousPerSeconds);
        Assert.Equal((int)ProtocolLimitsAttribute.DefaultAnonymousRequestPer, RuntimeContract.RateLimits.DefaultAnonymousPartitions);
    }

    [Theory]
    [InlineData(typeof(RuntimeContract.FieldEncoding), typeof(FieldEncoding))]
    [InlineData(typeof(RuntimeContract.WireType), typeof(WireType))]
    [InlineData(typeof(RuntimeContract.MessageScope), typeof(MessageScope))]
    [InlineData(typeof(RuntimeContract.MessageDirection), typeof(MessageDirection))]
    [InlineData(typeof(RuntimeContract.RateLimitPartition), typeof(RateLimitPartition))]
    public void Every_value_of_the_runtime_enum_is_mirrored_by_name_and_value(Type mirror, Type runtimeEnum)
    {
        var mirrored = mirror.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .ToDictionary(field => field.Name, field => Convert.ToInt64(field.GetRawConstantValue()));
        var actual = Enum.GetValues(runtimeEnum).Cast<object>()
            .ToDictionary(value => Enum.GetName(runtimeEnum, value)!, value => Convert.ToInt64(value));

        Assert.Equal(actual.OrderBy(pair => pair.Key), mirrored.OrderBy(pair => pair.Key));
    }
}
