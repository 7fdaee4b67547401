using System;
using EtProtocolGen.Sample.Server.Services;
using Microsoft.Extensions.Time.Testing;

namespace EtProtocolGen.Samples.Tests;

/// <summary>The gate's login keys: single use, expired and evicted on time, one per account, bounded in all.</summary>
public sealed class GateKeysTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_key_is_valid_until_its_lifetime_ends()
    {
        var keys = new GateKeys(_time);
        Assert.True(keys.TryIssue("ann", out long early));
        Assert.True(keys.TryIssue("bob", out long late));

        _time.Advance(GateKeys.Lifetime - TimeSpan.FromTicks(1));
        bool beforeEnd = keys.TryConsume(early, out string account);
        _time.Advance(TimeSpan.FromTicks(1));
        bool atEnd = keys.TryConsume(late, out _);

        Assert.True(beforeEnd);
        Assert.Equal("ann", account);
        Assert.False(atEnd);
    }

    [Fact]
    public void A_key_works_once()
    {
        var keys = new GateKeys(_time);
        Assert.True(keys.TryIssue("ann", out long key));

        Assert.True(keys.TryConsume(key, out _));
        Assert.False(keys.TryConsume(key, out _));
    }

    [Fact]
    public void Keys_never_used_are_evicted_once_they_expire()
    {
        var keys = new GateKeys(_time);
        for (int i = 0; i < 100; i++)
        {
            Assert.True(keys.TryIssue("player" + i, out _));
        }

        Assert.Equal(100, keys.Count);
        _time.Advance(GateKeys.Lifetime);

        Assert.Equal(0, keys.Count);
    }

    [Fact]
    public void A_new_login_replaces_the_accounts_unused_key()
    {
        var keys = new GateKeys(_time);
        Assert.True(keys.TryIssue("ann", out long first));
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.True(keys.TryIssue("ann", out long second));

        Assert.Equal(1, keys.Count);
        Assert.False(keys.TryConsume(first, out _));

        // The replacement lives its own full lifetime, not the first key's.
        _time.Advance(GateKeys.Lifetime - TimeSpan.FromSeconds(1));
        Assert.True(keys.TryConsume(second, out _));
    }

    [Fact]
    public void The_store_holds_at_most_its_capacity_of_live_keys()
    {
        var keys = new GateKeys(_time);
        for (int i = 0; i < GateKeys.Capacity - 1; i++)
        {
            Assert.True(keys.TryIssue("player" + i, out _));
        }

        Assert.True(keys.TryIssue("last", out _));            // exactly the capacity
        Assert.False(keys.TryIssue("one-too-many", out _));   // over it
        Assert.True(keys.TryIssue("player0", out _));         // replacing an account's own key still works
        Assert.Equal(GateKeys.Capacity, keys.Count);

        _time.Advance(GateKeys.Lifetime);
        Assert.True(keys.TryIssue("one-too-many", out _));
        Assert.Equal(1, keys.Count);
    }

    [Fact]
    public void Replacing_one_accounts_key_again_and_again_keeps_the_store_bounded()
    {
        var keys = new GateKeys(_time);
        for (int i = 0; i < 3 * GateKeys.Capacity; i++)
        {
            Assert.True(keys.TryIssue("ann", out _));
        }

        Assert.Equal(1, keys.Count);
        Assert.InRange(keys.QueuedExpiries, 1, 2 * GateKeys.Capacity);
    }
}
