using System.Net;
using EtProtocolGen.Sample.Server.Services;

namespace EtProtocolGen.Samples.Tests;

/// <summary>Failed logins are throttled per account and per address; other accounts and addresses are not.</summary>
public sealed class LoginThrottleTests
{
    private static readonly IPAddress Attacker = IPAddress.Parse("203.0.113.7");
    private static readonly IPAddress Player = IPAddress.Parse("198.51.100.9");

    [Fact]
    public void An_account_is_throttled_from_the_address_that_failed_it_its_allowed_number_of_times()
    {
        using var throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.FailuresPerAccount - 1; i++)
        {
            throttle.Failed("ann", Attacker);
        }

        bool beforeLimit = throttle.IsThrottled("ann", Attacker);
        throttle.Failed("ann", Attacker);

        Assert.False(beforeLimit);
        Assert.True(throttle.IsThrottled("ann", Attacker));
        Assert.False(throttle.IsThrottled("ann", Player));    // the attacker cannot lock the player out of the account
        Assert.False(throttle.IsThrottled("bob", Attacker));
    }

    [Fact]
    public void An_address_is_throttled_from_its_allowed_number_of_failures_on_whatever_the_accounts()
    {
        using var throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.FailuresPerAddress - 1; i++)
        {
            throttle.Failed("guess" + i, Attacker);
        }

        bool beforeLimit = throttle.IsThrottled("fresh", Attacker);
        throttle.Failed("guess-last", Attacker);

        Assert.False(beforeLimit);
        Assert.True(throttle.IsThrottled("fresh", Attacker));
        Assert.False(throttle.IsThrottled("fresh", Player));
    }

    [Fact]
    public void Addresses_in_one_IPv6_64_share_their_failures()
    {
        using var throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.FailuresPerAddress; i++)
        {
            throttle.Failed("guess" + i, IPAddress.Parse("2001:db8:1:2::" + (i + 1).ToString("x", System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.True(throttle.IsThrottled("fresh", IPAddress.Parse("2001:db8:1:2:ffff::1")));
        Assert.False(throttle.IsThrottled("fresh", IPAddress.Parse("2001:db8:1:3::1")));
    }

    [Fact]
    public void Logins_being_checked_hold_a_failure_each_so_concurrent_checks_cannot_all_take_the_last_one()
    {
        using var throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.FailuresPerAccount - 1; i++)
        {
            throttle.Failed("ann", Attacker);
        }

        bool first = throttle.TryBegin("ann", Attacker);      // the last failure left, held while the password is hashed
        bool second = throttle.TryBegin("ann", Attacker);     // a concurrent login of the same account from the same address
        bool player = throttle.TryBegin("ann", Player);
        throttle.End("ann", Player, failed: false);
        throttle.End("ann", Attacker, failed: true);

        Assert.True(first);
        Assert.False(second);
        Assert.True(player);
        Assert.True(throttle.IsThrottled("ann", Attacker));
        Assert.False(throttle.IsThrottled("ann", Player));
    }

    [Fact]
    public void A_login_that_succeeds_gives_its_held_failure_back()
    {
        using var throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.FailuresPerAccount * 3; i++)
        {
            Assert.True(throttle.TryBegin("ann", Player));
            throttle.End("ann", Player, failed: false);
        }

        Assert.False(throttle.IsThrottled("ann", Player));
    }

    [Fact]
    public void Checking_does_not_spend_a_failure()
    {
        using var throttle = new LoginThrottle();
        for (int i = 0; i < 100; i++)
        {
            Assert.False(throttle.IsThrottled("ann", Player));
        }
    }
}
