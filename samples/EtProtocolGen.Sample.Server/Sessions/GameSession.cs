using System;
using System.Threading;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Transport.Server;

namespace EtProtocolGen.Sample.Server.Sessions;

/// <summary>
/// One client connection (Outer scope: untrusted). Anonymous until the gate accepts a key from the realm; its identity and
/// roles are then set from the server's account store, never from anything the client sent.
/// </summary>
public sealed class GameSession : IProtocolSession
{
    private PlayerIdentity? _player;
    private long _unitId;

    /// <summary>Creates an anonymous session on <paramref name="connection"/>.</summary>
    public GameSession(ProtocolConnection connection)
    {
        Connection = connection ?? throw new ArgumentNullException(nameof(connection));
    }

    /// <summary>The client's connection: pushes (path results, chat) are queued on it and never wait for the client.</summary>
    public ProtocolConnection Connection { get; }

    /// <summary>The transport's id of the connection, for logs.</summary>
    public string ConnectionId => Connection.ConnectionId;

    /// <inheritdoc />
    public MessageScope Scope => MessageScope.Outer;

    /// <inheritdoc />
    public bool IsAuthenticated => Volatile.Read(ref _player) is not null;

    /// <summary>The logged-in player, or null while anonymous.</summary>
    public PlayerIdentity? Player => Volatile.Read(ref _player);

    /// <summary>The player's unit once it entered a map, else 0.</summary>
    public long UnitId
    {
        get => Interlocked.Read(ref _unitId);
        set => Interlocked.Exchange(ref _unitId, value);
    }

    /// <inheritdoc />
    public bool IsInRole(string role) => Player?.Roles.Contains(role) ?? false;

    /// <summary>Authenticates the session as <paramref name="player"/>; false when it already is authenticated.</summary>
    public bool TrySignIn(PlayerIdentity player) =>
        Interlocked.CompareExchange(ref _player, player ?? throw new ArgumentNullException(nameof(player)), null) is null;

    /// <inheritdoc />
    public override string ToString() => ConnectionId + (Player is { } player ? " (" + player.Account + ")" : " (anonymous)");
}
