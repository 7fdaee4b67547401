using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.RateLimiting;

namespace EtProtocolGen.Sample.Server.Services;

/// <summary>
/// Failed realm logins, throttled per account and per remote address (<see cref="RemoteAddressKey"/>: an IPv4 address or an
/// IPv6 /64): a few failures are free, then one more per interval. While a budget is spent, the logins it covers are refused
/// before the password is hashed, so password guessing costs the server nothing and proceeds at the refill rate at most,
/// whatever the number of connections. Token buckets (<c>System.Threading.RateLimiting</c>); buckets that have refilled
/// are dropped. Thread-safe: a login being checked (<see cref="TryBegin"/> to <see cref="End"/>) counts as a failure until
/// it ends, so logins hashed at the same time cannot each find the last failure left.
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
    private readonly object _gate = new();
    private readonly Dictionary<(string Account, RemoteAddressKey Address), int> _checkingAccounts = new();
    private readonly Dictionary<RemoteAddressKey, int> _checkingAddresses = new();

    /// <summary>Creates the throttle.</summary>
    public LoginThrottle()
    {
        var perAccount = Bucket(FailuresPerAccount, AccountRefill);
        var perAddress = Bucket(FailuresPerAddress, AddressRefill);
        _accounts = PartitionedRateLimiter.Create<(string Account, RemoteAddressKey Address), (string Account, RemoteAddressKey Address)>(
            pair => System.Threading.RateLimiting.RateLimitPartition.GetTokenBucketLimiter(pair, _ => perAccount));
        _addresses = PartitionedRateLimiter.Create<RemoteAddressKey, RemoteAddressKey>(
            address => System.Threading.RateLimiting.RateLimitPartition.GetTokenBucketLimiter(address, _ => perAddress));
    }

    /// <summary>
    /// True when <paramref name="account"/> from <paramref name="address"/>, or the address itself, has no failure left
    /// (logins still being checked count as failures): refuse without hashing.
    /// </summary>
    public bool IsThrottled(string account, IPAddress? address)
    {
        bool hasAddress = RemoteAddressKey.TryCreate(address, out RemoteAddressKey key);
        lock (_gate)
        {
            return IsThrottled((account, key), hasAddress);
        }
    }

    /// <summary>
    /// Starts checking a login: false when it is throttled (refuse it without hashing); otherwise it holds one failure of
    /// its account's and its address's budgets until <see cref="End"/>.
    /// </summary>
    public bool TryBegin(string account, IPAddress? address)
    {
        bool hasAddress = RemoteAddressKey.TryCreate(address, out RemoteAddressKey key);
        lock (_gate)
        {
            if (IsThrottled((account, key), hasAddress))
            {
                return false;
            }

            Add(_checkingAccounts, (account, key), 1);
            if (hasAddress)
            {
                Add(_checkingAddresses, key, 1);
            }

            return true;
        }
    }

    /// <summary>Ends a login started by <see cref="TryBegin"/>: its held failure is given back, and spent when <paramref name="failed"/>.</summary>
    public void End(string account, IPAddress? address, bool failed)
    {
        bool hasAddress = RemoteAddressKey.TryCreate(address, out RemoteAddressKey key);
        lock (_gate)
        {
            Add(_checkingAccounts, (account, key), -1);
            if (hasAddress)
            {
                Add(_checkingAddresses, key, -1);
            }

            if (failed)
            {
                Failed(account, address);
            }
        }
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

    private bool IsThrottled((string Account, RemoteAddressKey Address) pair, bool hasAddress) =>
        NoneLeft(_accounts.GetStatistics(pair), _checkingAccounts.GetValueOrDefault(pair))
        || (hasAddress && NoneLeft(_addresses.GetStatistics(pair.Address), _checkingAddresses.GetValueOrDefault(pair.Address)));

    // Whole permits only: a bucket refills continuously, so "any permit left" would be true a moment after it emptied.
    private static bool NoneLeft(RateLimiterStatistics? statistics, int checking) =>
        (statistics?.CurrentAvailablePermits ?? long.MaxValue) - checking < 1;

    // Entries at zero are removed, so the tables hold only the logins being checked right now.
    private static void Add<TKey>(Dictionary<TKey, int> counts, TKey key, int delta)
        where TKey : notnull
    {
        int count = counts.GetValueOrDefault(key) + delta;
        if (count <= 0)
        {
            counts.Remove(key);
        }
        else
        {
            counts[key] = count;
        }
    }

    private static TokenBucketRateLimiterOptions Bucket(int failures, TimeSpan refill) => new()
    {
        TokenLimit = failures,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = refill,
        QueueLimit = 0,
        AutoReplenishment = false,
    };
}
