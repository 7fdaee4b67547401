using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Server.Services;
using EtProtocolGen.Sample.Server.Sessions;

namespace EtProtocolGen.Sample.Server.Handlers;

/// <summary>Gate: broadcasts a chat line to every logged-in player. The sender's id and name come from the session.</summary>
public sealed class ChatHandler : IMessageHandler<GameSession, C2C_SendChat>
{
    private readonly SessionRegistry _sessions;

    /// <summary>Creates the handler.</summary>
    public ChatHandler(SessionRegistry sessions) => _sessions = sessions;

    /// <inheritdoc />
    public async ValueTask HandleAsync(GameSession session, C2C_SendChat message, CancellationToken cancellationToken)
    {
        PlayerIdentity player = session.Player!;
        var broadcast = new G2C_ChatBroadcast { Channel = message.Channel, FromPlayerId = player.PlayerId, FromAccount = player.Account, Text = message.Text };
        var sends = new List<Task>();
        foreach (GameSession target in _sessions.Authenticated())
        {
            sends.Add(SendQuietly(target, broadcast, cancellationToken));
        }

        await Task.WhenAll(sends);
    }

    private static async Task SendQuietly(GameSession target, G2C_ChatBroadcast broadcast, CancellationToken cancellationToken)
    {
        try
        {
            await target.Sender.SendAsync(broadcast, cancellationToken);
        }
        catch (Exception exception) when (exception is OperationCanceledException || exception is InvalidOperationException)
        {
            // The target disconnected or cannot keep up; the transport closes it. Other players still get the line.
        }
    }
}
