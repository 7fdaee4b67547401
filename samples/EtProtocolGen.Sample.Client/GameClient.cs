using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Protocol.Generated;
using EtProtocolGen.Client;

namespace EtProtocolGen.Sample.Client;

/// <summary>
/// A logged-in player: a gate connection reached the ET way (realm login, then gate login with the realm's one-time key),
/// with typed calls for what a player does. Requests use the generated <c>CallAsync</c> extensions on the transport's
/// <see cref="RpcClient"/>; pushes land in <see cref="Pushes"/>.
/// </summary>
public sealed class GameClient : IAsyncDisposable
{
    /// <summary>How long a call or an expected push may take.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private GameClient(ProtocolClient gate, PushInbox pushes, string account, long playerId)
    {
        Gate = gate;
        Pushes = pushes;
        Account = account;
        PlayerId = playerId;
    }

    /// <summary>The connection to the gate.</summary>
    public ProtocolClient Gate { get; }

    /// <summary>Messages the server pushed.</summary>
    public PushInbox Pushes { get; }

    /// <summary>The account logged in.</summary>
    public string Account { get; }

    /// <summary>The player id the gate assigned.</summary>
    public long PlayerId { get; }

    /// <summary>The unit after <see cref="EnterMapAsync"/>, else 0.</summary>
    public long UnitId { get; private set; }

    /// <summary>Logs in through the realm at <paramref name="realm"/> and then the gate it names.</summary>
    /// <exception cref="GameRequestException">The realm or the gate refused the login.</exception>
    public static async Task<GameClient> LoginAsync(EndPoint realm, string account, string password, CancellationToken cancellationToken = default)
    {
        R2C_Login ticket;
        await using (ProtocolClient realmConnection = await ProtocolClient.ConnectAsync(realm, ProtocolRegistry.TryParse, Options(null), cancellationToken))
        {
            ticket = Check(await realmConnection.Rpc.CallAsync(new C2R_Login { Account = account, Password = password }, cancellationToken));
        }

        var pushes = new PushInbox();
        ProtocolClient gate = await ProtocolClient.ConnectAsync(IPEndPoint.Parse(ticket.GateAddress), ProtocolRegistry.TryParse, Options(pushes), cancellationToken);
        try
        {
            G2C_LoginGate login = Check(await gate.Rpc.CallAsync(new C2G_LoginGate { GateKey = ticket.GateKey }, cancellationToken));
            return new GameClient(gate, pushes, account, login.PlayerId);
        }
        catch
        {
            await gate.DisposeAsync();
            throw;
        }
    }

    /// <summary>Enters map <paramref name="mapId"/>.</summary>
    public async Task<G2C_EnterMap> EnterMapAsync(int mapId, CancellationToken cancellationToken = default)
    {
        G2C_EnterMap entered = Check(await Gate.Rpc.CallAsync(new C2G_EnterMap { MapId = mapId }, cancellationToken));
        UnitId = entered.UnitId;
        return entered;
    }

    /// <summary>Clicks a destination and waits for the map's path to it.</summary>
    public async Task<M2C_PathfindingResult> MoveToAsync(float x, float y, float z, CancellationToken cancellationToken = default)
    {
        Task<M2C_PathfindingResult> path = Pushes.WaitAsync<M2C_PathfindingResult>(
            result => result.UnitId == UnitId && result.Position.X == x && result.Position.Y == y && result.Position.Z == z, Timeout, cancellationToken);
        await Gate.SendAsync(new C2M_PathfindingResult { X = x, Y = y, Z = z }, cancellationToken);
        return await path;
    }

    /// <summary>Says <paramref name="text"/> and waits for the gate's broadcast of it to come back.</summary>
    public async Task<G2C_ChatBroadcast> ChatAsync(int channel, string text, CancellationToken cancellationToken = default)
    {
        Task<G2C_ChatBroadcast> echo = Pushes.WaitAsync<G2C_ChatBroadcast>(
            line => line.FromPlayerId == PlayerId && line.Channel == channel && line.Text == text, Timeout, cancellationToken);
        await Gate.SendAsync(new C2C_SendChat { Channel = channel, Text = text }, cancellationToken);
        return await echo;
    }

    /// <summary>The items in bag <paramref name="bag"/>.</summary>
    public async Task<M2C_Inventory> GetInventoryAsync(int bag, CancellationToken cancellationToken = default) =>
        Check(await Gate.Rpc.CallAsync(new C2M_GetInventory { Bag = bag }, cancellationToken));

    /// <summary>Runs the GM command that gives items (game masters only).</summary>
    public async Task<M2C_GmCommand> GmAddItemAsync(int configId, int count, CancellationToken cancellationToken = default) =>
        Check(await Gate.Rpc.CallAsync(new C2M_GmCommand { Command = "additem", ConfigId = configId, Count = count }, cancellationToken));

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Gate.DisposeAsync();

    private static ProtocolClientOptions Options(PushInbox? pushes) => new()
    {
        RequestTimeout = Timeout,
        MessageReceived = pushes is null ? null : pushes.Add,
    };

    private static T Check<T>(T response)
        where T : IResponse
    {
        if (response.Error != ErrorCodes.Success)
        {
            throw new GameRequestException(typeof(T).Name, response.Error);
        }

        return response;
    }
}
