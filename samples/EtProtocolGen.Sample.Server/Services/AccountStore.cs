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

    private const int Iterations = 10_000;
    private readonly Dictionary<string, Account> _accounts = new(StringComparer.Ordinal);
    private long _hashes;

    /// <summary>Creates the store with <see cref="DemoAccounts"/>.</summary>
    public AccountStore()
    {
        long playerId = 10_001;
        foreach ((string name, string password, string[] roles) in DemoAccounts)
        {
            byte[] salt = RandomNumberGenerator.GetBytes(16);
            _accounts.Add(name, new Account(new PlayerIdentity(playerId++, name, new HashSet<string>(roles, StringComparer.Ordinal)), salt, Hash(password, salt)));
        }
    }

    /// <summary>Password hashes computed by <see cref="Verify"/> so far (each costs about 2.5 ms of CPU): what a login flood spends.</summary>
    public long HashesComputed => Interlocked.Read(ref _hashes);

    /// <summary>The player of <paramref name="account"/> when the password matches; null otherwise (one answer for both failures).</summary>
    public PlayerIdentity? Verify(string account, string password)
    {
        // Unknown accounts cost the same hash as known ones, so timing does not reveal which accounts exist.
        Account? found = _accounts.GetValueOrDefault(account);
        byte[] salt = found?.Salt ?? new byte[16];
        Interlocked.Increment(ref _hashes);
        byte[] hash = Hash(password, salt);
        return found is not null && CryptographicOperations.FixedTimeEquals(hash, found.PasswordHash) ? found.Player : null;
    }

    /// <summary>The player of <paramref name="account"/>, or null.</summary>
    public PlayerIdentity? Find(string account) => _accounts.GetValueOrDefault(account)?.Player;

    private static byte[] Hash(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, 32);

    private sealed record Account(PlayerIdentity Player, byte[] Salt, byte[] PasswordHash);
}
