using System;
using System.Net;
using System.Threading.RateLimiting;

namespace EtProtocolGen.Sample.Server.Services;

/// <summary>
/// Failed realm logins, throttled per account and per remote address (<see cref="RemoteAddressKey"/>: an IPv4 address or an
/// IPv6 /64): a few failures are free, then one more per interval. While a budget is spent, the logins it covers are refused
/// before the password is hashed, so password guessing costs the server nothing and proceeds at the refill rate at most,
/// whatever the number of connections. Token buckets (<c>System.Threading.RateLimiting</c>); buckets that have refilled
/// are dropped. Thread-safe.
/// </summary>
/// <remarks>
/// An account's budget is counted per address it is tried from: one server-wide budget per account would let anyone lock
/// a player out by failing the player's password on purpose. A guesser therefore gets <see cref="FailuresPerAccount"/>
/// guesses per account per address, and <see cref="FailuresPerAddress"/> per address over all accounts.
/// </remarks>
public sealed class LoginThrottle : IDisposable
{
    /// <summary>Failures one address may have in a burst against one account.</summary>
    public const int FailuresPerAccount = 5;

    /// <summary>One more failure is allowed per account and address every this long (5 a minute).</summary>
    public static readonly TimeSpan AccountRefill = TimeSpan.FromSeconds(12);

    /// <summary>Failures one address may have in a burst, over all accounts.</summary>
    public const int FailuresPerAddress = 20;

    /// <summary>One more failure is allowed per address every this long (20 a minute).</summary>
    public static readonly TimeSpan AddressRefill = TimeSpan.FromSeconds(3);

    private readonly PartitionedRateLimiter<(string Account, RemoteAddressKey Address)> _accounts;
    private readonly PartitionedRateLimiter<RemoteAddressKey> _addresses;

    /// <summary>Creates the throttle.</summary>
    public LoginThrottle()
    {
        var perAccount = Bucket(FailuresPerAccount, AccountRefill);
        var perAddress = Bucket(FailuresPerAddress, AddressRefill);
        _accounts = PartitionedRateLimiter.Create<(string Account, RemoteAddressKey Address), (string Account, RemoteAddressKey Address)>(
            pair => RateLimitPartition.GetTokenBucketLimiter(pair, _ => perAccount));
        _addresses = PartitionedRateLimiter.Create<RemoteAddressKey, RemoteAddressKey>(
            address => RateLimitPartition.GetTokenBucketLimiter(address, _ => perAddress));
    }

    /// <summary>True when <paramref name="account"/> from <paramref name="address"/>, or the address itself, has no failure left: refuse without hashing.</summary>
    public bool IsThrottled(string account, IPAddress? address)
    {
        RemoteAddressKey.TryCreate(address, out RemoteAddressKey key);
        return NoneLeft(_accounts.GetStatistics((account, key))) || (address is not null && NoneLeft(_addresses.GetStatistics(key)));
    }

    /// <summary>Counts a failed login against <paramref name="account"/> from <paramref name="address"/>, and against the address.</summary>
    public void Failed(string account, IPAddress? address)
    {
        RemoteAddressKey.TryCreate(address, out RemoteAddressKey key);
        _accounts.AttemptAcquire((account, key)).Dispose();
        if (address is not null)
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
