using System;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Orleans.Grains;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Server.Generated;
using EtProtocolGen.Sample.Server.Services;
using EtProtocolGen.Sample.Server.Sessions;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Transport.Server;

namespace EtProtocolGen.Sample.Server.Hosting;

/// <summary>
/// What the transport calls: a <see cref="GameSession"/> per connection, the generated <see cref="OuterDispatcher"/> for
/// every frame (counting each result), and cleanup when a connection closes.
/// </summary>
public sealed class SampleApplication : IProtocolApplication<GameSession>
{
    private readonly OuterDispatcher _dispatcher;
    private readonly DispatchCounters _counters;
    private readonly SessionRegistry _sessions;
    private readonly IServerDirectory _servers;

    /// <summary>Creates the application over the generated dispatcher.</summary>
    public SampleApplication(OuterDispatcher dispatcher, DispatchCounters counters, SessionRegistry sessions, IServerDirectory servers)
    {
        _dispatcher = dispatcher;
        _counters = counters;
        _sessions = sessions;
        _servers = servers;
    }

    /// <inheritdoc />
    public GameSession CreateSession(ProtocolConnection connection)
    {
        var session = new GameSession(connection);
        _sessions.Add(session);
        return session;
    }

    /// <inheritdoc />
    public ValueTask<DispatchResult> DispatchAsync(GameSession session, ushort opcode, ReadOnlySpan<byte> payload, CancellationToken cancellationToken)
    {
        // The dispatcher decodes the payload before it returns, so only the pending result needs awaiting.
        ValueTask<DispatchResult> pending = _dispatcher.DispatchAsync(session, opcode, payload, cancellationToken);
        if (pending.IsCompletedSuccessfully)
        {
            DispatchResult result = pending.Result;
            _counters.Count(result, MessageScope.Outer);
            return new ValueTask<DispatchResult>(result);
        }

        return CountWhenDone(pending);
    }

    /// <inheritdoc />
    public DispatchResult RateLimited(ushort opcode, ReadOnlySpan<byte> payload) => OuterDispatcher.RateLimited(opcode, payload);

    /// <inheritdoc />
    public async ValueTask OnClosedAsync(GameSession session, CloseReason reason)
    {
        _sessions.Remove(session);
        if (session.Player is { } player && session.Location is { } unit)
        {
            // Inner, with this server's identity: the unit leaves the map. A unit whose silo is gone just comes back empty-handed.
            await unit.SendAsync(new G2M_SessionDisconnect { PlayerId = player.PlayerId, UnitId = session.UnitId }, _servers.Self);
        }
    }

    private async ValueTask<DispatchResult> CountWhenDone(ValueTask<DispatchResult> pending)
    {
        DispatchResult result = await pending;
        _counters.Count(result, MessageScope.Outer);
        return result;
    }
}
