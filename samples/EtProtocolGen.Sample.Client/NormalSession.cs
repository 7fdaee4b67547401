using System;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Protocol;

namespace EtProtocolGen.Sample.Client;

/// <summary>What a player normally does in one session, step by step, writing each step and its result.</summary>
public static class NormalSession
{
    /// <summary>
    /// Logs in as <paramref name="account"/>, enters map 1, walks, chats and reads the inventory. Returns true when every
    /// step succeeded; a failed step is written to <paramref name="output"/> and ends the session.
    /// </summary>
    public static async Task<bool> RunAsync(EndPoint server, string account, string password, TextWriter output, CancellationToken cancellationToken = default)
    {
        try
        {
            await using GameClient client = await GameClient.LoginAsync(server, account, password, cancellationToken);
            output.WriteLine($"  login     realm -> gate key -> gate: player {client.PlayerId}");

            G2C_EnterMap map = await client.EnterMapAsync(1, cancellationToken);
            output.WriteLine($"  enter map unit {map.UnitId} at ({map.Position.X}, {map.Position.Y}, {map.Position.Z})");

            M2C_PathfindingResult path = await client.MoveToAsync(12, 0, 9, cancellationToken);
            output.WriteLine($"  move      path of {path.Points.Count} points to ({path.Position.X}, {path.Position.Y}, {path.Position.Z})");

            G2C_ChatBroadcast line = await client.ChatAsync(0, "hello from " + account, cancellationToken);
            output.WriteLine($"  chat      broadcast back from player {line.FromPlayerId}: \"{line.Text}\"");

            M2C_Inventory inventory = await client.GetInventoryAsync(0, cancellationToken);
            output.WriteLine($"  inventory {inventory.Items.Count} stacks: {string.Join(", ", inventory.Items.ConvertAll(item => item.ConfigId + " x" + item.Count))}");
            return true;
        }
        catch (Exception exception) when (exception is GameRequestException || exception is IOException || exception is TimeoutException || exception is System.Net.Sockets.SocketException)
        {
            output.WriteLine("  FAILED    " + exception.GetType().Name + ": " + exception.Message);
            return false;
        }
    }
}
