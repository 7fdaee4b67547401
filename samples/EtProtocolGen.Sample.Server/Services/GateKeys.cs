using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace EtProtocolGen.Sample.Server.Services;

/// <summary>The gate's one-time login keys: random, single use, and valid for <see cref="Lifetime"/>.</summary>
public sealed class GateKeys
{
    /// <summary>How long a key stays valid.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<long, (string Account, DateTime Expires)> _keys = new();
    private readonly TimeProvider _time;

    /// <summary>Creates the key store on <paramref name="time"/>.</summary>
    public GateKeys(TimeProvider time) => _time = time;

    /// <summary>Issues a fresh, nonzero key for <paramref name="account"/>.</summary>
    public long Issue(string account)
    {
        while (true)
        {
            long key = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8)) & long.MaxValue;
            if (key != 0 && _keys.TryAdd(key, (account, _time.GetUtcNow().UtcDateTime + Lifetime)))
            {
                return key;
            }
        }
    }

    /// <summary>Takes <paramref name="key"/>: true with its account when it exists and has not expired. A key works once.</summary>
    public bool TryConsume(long key, out string account)
    {
        account = "";
        if (!_keys.TryRemove(key, out var entry) || entry.Expires < _time.GetUtcNow().UtcDateTime)
        {
            return false;
        }

        account = entry.Account;
        return true;
    }
}
