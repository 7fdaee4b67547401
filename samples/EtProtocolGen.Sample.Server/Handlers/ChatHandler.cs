using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Server.Services;
using EtProtocolGen.Sample.Server.Sessions;

namespace EtProtocolGen.Sample.Server.Handlers;

/// <summary>
/// Gate: broadcasts a chat line to every logged-in player. The sender's id and name come from the session. The broadcast
/// queues the line on each connection and returns: it never waits for a player, so one who does not read delays nobody
/// (the transport closes that player as a slow consumer once its queue is full).
/// </summary>
public sealed class ChatHandler : IMessageHandler<GameSession, C2C_SendChat>
{
    private readonly SessionRegistry _sessions;

    /// <summary>Creates the handler.</summary>
    public ChatHandler(SessionRegistry sessions) => _sessions = sessions;

    /// <inheritdoc />
    public ValueTask HandleAsync(GameSession session, C2C_SendChat message, CancellationToken cancellationToken)
    {
        PlayerIdentity player = session.Player!;
        var broadcast = new G2C_ChatBroadcast { Channel = message.Channel, FromPlayerId = player.PlayerId, FromAccount = player.Account, Text = message.Text };
        foreach (GameSession target in _sessions.Authenticated())
        {
            // False for a target that is closing or whose queue is full (it is being closed): the others still get the line.
            target.Connection.TrySend(broadcast);
        }

        return default;
    }
}
