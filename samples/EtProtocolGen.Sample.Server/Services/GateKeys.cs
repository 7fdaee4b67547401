using System;
using System.Collections.Generic;
using System.Security.Cryptography;

namespace EtProtocolGen.Sample.Server.Services;

/// <summary>
/// The gate's one-time login keys: random, single use, valid for <see cref="Lifetime"/>, at most one outstanding per
/// account (a new login replaces the account's unused key), and at most <see cref="Capacity"/> in all. Expired keys are
/// evicted as time passes, so keys issued and never used cost nothing after their lifetime. Thread-safe.
/// </summary>
public sealed class GateKeys
{
    /// <summary>How long a key stays valid.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>Keys held at most; when that many unexpired keys of other accounts exist, no key is issued.</summary>
    public const int Capacity = 10_000;

    private readonly object _gate = new();
    private readonly Dictionary<long, Entry> _byKey = new();
    private readonly Dictionary<string, long> _byAccount = new(StringComparer.Ordinal);

    // Keys in the order they were issued, which is the order they expire in (one lifetime for all). Entries of keys already
    // used or replaced are skipped when they come up; the queue is rebuilt if those ever outnumber the live keys.
    private readonly Queue<(long Key, DateTimeOffset Expires)> _expiry = new();
    private readonly TimeProvider _time;

    /// <summary>Creates the key store on <paramref name="time"/>.</summary>
    public GateKeys(TimeProvider time) => _time = time ?? throw new ArgumentNullException(nameof(time));

    /// <summary>Keys held now (expired ones are evicted first).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                EvictExpired(_time.GetUtcNow());
                return _byKey.Count;
            }
        }
    }

    /// <summary>Expiry entries waiting in the queue (live keys and used or replaced ones not yet come up); at most twice <see cref="Capacity"/>.</summary>
    public int QueuedExpiries
    {
        get
        {
            lock (_gate)
            {
                return _expiry.Count;
            }
        }
    }

    /// <summary>
    /// Issues a fresh, nonzero key for <paramref name="account"/>, replacing the account's unused one. False when the store
    /// holds <see cref="Capacity"/> unexpired keys of other accounts.
    /// </summary>
    public bool TryIssue(string account, out long key)
    {
        ArgumentNullException.ThrowIfNull(account);
        DateTimeOffset now = _time.GetUtcNow();
        lock (_gate)
        {
            EvictExpired(now);
            if (_byAccount.Remove(account, out long previous))
            {
                _byKey.Remove(previous);
            }

            if (_byKey.Count >= Capacity)
            {
                key = 0;
                return false;
            }

            do
            {
                key = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8)) & long.MaxValue;
            }
            while (key == 0 || _byKey.ContainsKey(key));

            DateTimeOffset expires = now + Lifetime;
            _byKey.Add(key, new Entry(account, expires));
            _byAccount.Add(account, key);
            _expiry.Enqueue((key, expires));
            if (_expiry.Count > 2 * Capacity)
            {
                RebuildExpiry();
            }

            return true;
        }
    }

    /// <summary>Takes <paramref name="key"/>: true with its account when it exists and has not expired. A key works once.</summary>
    public bool TryConsume(long key, out string account)
    {
        account = "";
        lock (_gate)
        {
            EvictExpired(_time.GetUtcNow());
            if (!_byKey.Remove(key, out Entry? entry))
            {
                return false;
            }

            _byAccount.Remove(entry.Account);
            account = entry.Account;
            return true;
        }
    }

    private void EvictExpired(DateTimeOffset now)
    {
        while (_expiry.TryPeek(out (long Key, DateTimeOffset Expires) next) && next.Expires <= now)
        {
            _expiry.Dequeue();

            // Only if the key is still the one this entry was queued for: a used or replaced key is already gone.
            if (_byKey.TryGetValue(next.Key, out Entry? entry) && entry.Expires == next.Expires)
            {
                _byKey.Remove(next.Key);
                _byAccount.Remove(entry.Account);
            }
        }
    }

    private void RebuildExpiry()
    {
        var live = new List<(long Key, DateTimeOffset Expires)>(_byKey.Count);
        foreach (KeyValuePair<long, Entry> pair in _byKey)
        {
            live.Add((pair.Key, pair.Value.Expires));
        }

        live.Sort(static (a, b) => a.Expires.CompareTo(b.Expires));
        _expiry.Clear();
        foreach ((long Key, DateTimeOffset Expires) item in live)
        {
            _expiry.Enqueue(item);
        }
    }

    private sealed record Entry(string Account, DateTimeOffset Expires);
}
