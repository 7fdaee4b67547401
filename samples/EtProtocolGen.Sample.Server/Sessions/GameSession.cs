using System;
using System.Net;
using System.Threading;
using EtProtocolGen.Orleans.Grains;
using EtProtocolGen.Orleans.Location;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Transport.Server;

namespace EtProtocolGen.Sample.Server.Sessions;

/// <summary>
/// One client connection (Outer scope: untrusted). Anonymous until the gate accepts a key from the realm; its identity and
/// roles are then set from the server's account store, never from anything the client sent. Once the player entered a map,
/// its location messages are forwarded to its unit (<see cref="Location"/>) with that identity.
/// </summary>
public sealed class GameSession : ILocatedSession, IRateLimitedSession
{
    private PlayerIdentity? _player;
    private ProtocolIdentity _identity = ProtocolIdentity.Anonymous;
    private IProtocolGrain? _location;
    private long _unitId;

    /// <summary>Creates an anonymous session on <paramref name="connection"/>.</summary>
    public GameSession(ProtocolConnection connection)
    {
        Connection = connection ?? throw new ArgumentNullException(nameof(connection));
    }

    /// <summary>The client's connection: pushes (path results, chat) are queued on it and never wait for the client.</summary>
    public ProtocolConnection Connection { get; }

    /// <summary>The transport's id of the connection, for logs and for per-connection rate limits.</summary>
    public string ConnectionId => Connection.ConnectionId;

    /// <summary>The client's address, for per-address rate limits ([RateLimit(..., Per = RateLimitPartition.RemoteAddress)]).</summary>
    public IPAddress? RemoteAddress => (Connection.RemoteEndPoint as IPEndPoint)?.Address;

    /// <summary>The logged-in account, for per-account rate limits; null while anonymous.</summary>
    public string? AccountId => Player?.Account;

    /// <inheritdoc />
    public MessageScope Scope => MessageScope.Outer;

    /// <inheritdoc />
    public bool IsAuthenticated => Volatile.Read(ref _player) is not null;

    /// <summary>The logged-in player, or null while anonymous.</summary>
    public PlayerIdentity? Player => Volatile.Read(ref _player);

    /// <summary>The player's unit once it entered a map, else 0.</summary>
    public long UnitId => Interlocked.Read(ref _unitId);

    /// <inheritdoc />
    public IProtocolGrain? Location => Volatile.Read(ref _location);

    /// <inheritdoc />
    public ProtocolIdentity Identity => Volatile.Read(ref _identity);

    /// <inheritdoc />
    public bool IsInRole(string role) => Player?.Roles.Contains(role) ?? false;

    /// <summary>Authenticates the session as <paramref name="player"/>; false when it already is authenticated.</summary>
    public bool TrySignIn(PlayerIdentity player)
    {
        ArgumentNullException.ThrowIfNull(player);
        if (Interlocked.CompareExchange(ref _player, player, null) is not null)
        {
            return false;
        }

        Volatile.Write(ref _identity, ProtocolIdentity.Client(player.Account, player.Roles));
        return true;
    }

    /// <summary>The player's unit <paramref name="unitId"/> is in a map: location messages go to <paramref name="unit"/> from now on.</summary>
    public void EnterMap(long unitId, IProtocolGrain unit)
    {
        Volatile.Write(ref _location, unit ?? throw new ArgumentNullException(nameof(unit)));
        Interlocked.Exchange(ref _unitId, unitId);
    }

    /// <inheritdoc />
    public void Deliver(IWireMessage push) => Connection.TrySend(push);

    /// <inheritdoc />
    public override string ToString() => ConnectionId + (Player is { } player ? " (" + player.Account + ")" : " (anonymous)");
}
