using System.Collections.Concurrent;
using System.Collections.Generic;
using EtProtocolGen.Sample.Server.Sessions;

namespace EtProtocolGen.Sample.Server.Services;

/// <summary>The connected client sessions, for broadcasts.</summary>
public sealed class SessionRegistry
{
    private readonly ConcurrentDictionary<GameSession, byte> _sessions = new();

    /// <summary>Adds a new connection's session.</summary>
    public void Add(GameSession session) => _sessions.TryAdd(session, 0);

    /// <summary>Removes a closed connection's session.</summary>
    public void Remove(GameSession session) => _sessions.TryRemove(session, out _);

    /// <summary>The sessions that logged in, at the time of the call.</summary>
    public IEnumerable<GameSession> Authenticated()
    {
        foreach (GameSession session in _sessions.Keys)
        {
            if (session.IsAuthenticated)
            {
                yield return session;
            }
        }
    }
}
