using System;
using System.Net;
using System.Threading.RateLimiting;

namespace EtProtocolGen.Sample.Server.Services;

/// <summary>
/// Failed realm logins, throttled per account and per remote address (<see cref="RemoteAddressKey"/>: an IPv4 address or an
/// IPv6 /64): a few failures are free, then one more per interval. While an account or an address has no failure left,
/// its logins are refused before the password is hashed, so password guessing costs the server nothing and proceeds at
/// the refill rate at most, whatever the number of connections. A token bucket per account and per address
/// (<c>System.Threading.RateLimiting</c>); buckets that have refilled are dropped. Thread-safe.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    /// <summary>Failures an account may have in a burst.</summary>
    public const int FailuresPerAccount = 5;

    /// <summary>One more failure is allowed per account every this long (5 a minute).</summary>
    public static readonly TimeSpan AccountRefill = TimeSpan.FromSeconds(12);

    /// <summary>Failures one address may have in a burst, over all accounts.</summary>
    public const int FailuresPerAddress = 20;

    /// <summary>One more failure is allowed per address every this long (20 a minute).</summary>
    public static readonly TimeSpan AddressRefill = TimeSpan.FromSeconds(3);

    private readonly PartitionedRateLimiter<string> _accounts;
    private readonly PartitionedRateLimiter<RemoteAddressKey> _addresses;

    /// <summary>Creates the throttle.</summary>
    public LoginThrottle()
    {
        var perAccount = Bucket(FailuresPerAccount, AccountRefill);
        var perAddress = Bucket(FailuresPerAddress, AddressRefill);
        _accounts = PartitionedRateLimiter.Create<string, string>(
            account => RateLimitPartition.GetTokenBucketLimiter(account, _ => perAccount), StringComparer.Ordinal);
        _addresses = PartitionedRateLimiter.Create<RemoteAddressKey, RemoteAddressKey>(
            address => RateLimitPartition.GetTokenBucketLimiter(address, _ => perAddress));
    }

    /// <summary>True when <paramref name="account"/> or <paramref name="address"/> has no failure left: refuse without hashing.</summary>
    public bool IsThrottled(string account, IPAddress? address) =>
        NoneLeft(_accounts.GetStatistics(account))
        || (RemoteAddressKey.TryCreate(address, out RemoteAddressKey key) && NoneLeft(_addresses.GetStatistics(key)));

    /// <summary>Counts a failed login against <paramref name="account"/> and <paramref name="address"/>.</summary>
    public void Failed(string account, IPAddress? address)
    {
        _accounts.AttemptAcquire(account).Dispose();
        if (RemoteAddressKey.TryCreate(address, out RemoteAddressKey key))
        {
            _addresses.AttemptAcquire(key).Dispose();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _accounts.Dispose();
        _addresses.Dispose();
    }

    // Whole permits only: a bucket refills continuously, so "any permit left" would be true a moment after it emptied.
    private static bool NoneLeft(RateLimiterStatistics? statistics) => statistics is not null && statistics.CurrentAvailablePermits < 1;

    private static TokenBucketRateLimiterOptions Bucket(int failures, TimeSpan refill) => new()
    {
        TokenLimit = failures,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = refill,
        QueueLimit = 0,
        AutoReplenishment = false,
    };
}
