using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Server.Sessions;

namespace EtProtocolGen.Sample.Server.Services;

/// <summary>
/// The sample's accounts: salted PBKDF2 password hashes compared in constant time, and the roles each account has. Roles
/// live here, on the server; nothing a client sends can add one.
/// </summary>
public sealed class AccountStore
{
    /// <summary>The demo accounts: two players and one game master.</summary>
    public static readonly IReadOnlyList<(string Account, string Password, string[] Roles)> DemoAccounts = new[]
    {
        ("ann", "hunter2", Array.Empty<string>()),
        ("mallory", "trustno1", Array.Empty<string>()),
        ("gm", "letmein", new[] { Roles.GameMaster }),
    };

    /// <summary>PBKDF2 iterations of a password hash by default: about 2.5 ms of CPU.</summary>
    public const int DefaultIterations = 10_000;

    private readonly Dictionary<string, Account> _accounts = new(StringComparer.Ordinal);
    private readonly int _iterations;
    private long _hashes;
    private int _running;
    private int _peakRunning;

    /// <summary>Creates the store with <see cref="DemoAccounts"/>.</summary>
    /// <param name="iterations">PBKDF2 iterations per hash (tests raise it to make a hash slow enough to overlap).</param>
    public AccountStore(int iterations = DefaultIterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        _iterations = iterations;
        long playerId = 10_001;
        foreach ((string name, string password, string[] roles) in DemoAccounts)
        {
            byte[] salt = RandomNumberGenerator.GetBytes(16);
            _accounts.Add(name, new Account(new PlayerIdentity(playerId++, name, new HashSet<string>(roles, StringComparer.Ordinal)), salt, Hash(password, salt)));
        }
    }

    /// <summary>Password hashes computed by <see cref="Verify"/> so far (each costs about 2.5 ms of CPU): what a login flood spends.</summary>
    public long HashesComputed => Interlocked.Read(ref _hashes);

    /// <summary>The most password hashes that ever ran at once (the protocol's [MaxConcurrency] on the realm login bounds it).</summary>
    public int PeakHashesRunning => Volatile.Read(ref _peakRunning);

    /// <summary>The player of <paramref name="account"/> when the password matches; null otherwise (one answer for both failures).</summary>
    public PlayerIdentity? Verify(string account, string password)
    {
        // Unknown accounts cost the same hash as known ones, so timing does not reveal which accounts exist.
        Account? found = _accounts.GetValueOrDefault(account);
        byte[] salt = found?.Salt ?? new byte[16];
        Interlocked.Increment(ref _hashes);
        byte[] hash;
        int running = Interlocked.Increment(ref _running);
        try
        {
            for (int peak = Volatile.Read(ref _peakRunning); running > peak; peak = Volatile.Read(ref _peakRunning))
            {
                Interlocked.CompareExchange(ref _peakRunning, running, peak);
            }

            hash = Hash(password, salt);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }

        return found is not null && CryptographicOperations.FixedTimeEquals(hash, found.PasswordHash) ? found.Player : null;
    }

    /// <summary>The player of <paramref name="account"/>, or null.</summary>
    public PlayerIdentity? Find(string account) => _accounts.GetValueOrDefault(account)?.Player;

    private byte[] Hash(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, _iterations, HashAlgorithmName.SHA256, 32);

    private sealed record Account(PlayerIdentity Player, byte[] Salt, byte[] PasswordHash);
}
