using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using EtProtocolGen.Demo.Load;
using EtProtocolGen.Sample.Client;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Protocol.Generated;
using EtProtocolGen.Sample.Server.Cluster;
using EtProtocolGen.Sample.Server.Hosting;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Samples.Tests;

/// <summary>
/// The scaled-out sample on loopback: realm, gate and map as three silos of one Orleans cluster (each its own host, as it
/// would be its own process), the unchanged client's normal session across them; a map that stops while a player is in
/// it hands the unit over to another map with its state.
/// </summary>
public sealed class ScaleOutTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_normal_session_runs_across_realm_gate_and_map_silos()
    {
        int[] ports = LoopbackPorts.Free(4);
        IPEndPoint gateEndPoint = new(IPAddress.Loopback, ports[3]);
        var realmSilo = new SiloSettings(ServerRole.Realm, ports[0], ports[0]);
        await using SampleServer realm = await SampleServer.StartAsync(Options(realmSilo, new IPEndPoint(IPAddress.Loopback, 0), gateEndPoint.ToString())).WaitAsync(Bound);
        await using SampleServer gate = await SampleServer.StartAsync(Options(realmSilo with { Role = ServerRole.Gate, SiloPort = ports[1] }, gateEndPoint, null)).WaitAsync(Bound);
        await using MapSilo map = await MapSilo.StartAsync(realmSilo with { Role = ServerRole.Map, SiloPort = ports[2] }, Quiet).WaitAsync(Bound);
        Assert.True(await gate.WaitForMapAsync(Bound), "the gate did not learn of the map silo");
        var output = new StringWriter();

        bool served = await NormalSession.RunAsync(realm.EndPoint, "ann", "hunter2", output).WaitAsync(Bound);

        Assert.True(served, output.ToString());
        Assert.Equal(0, realm.Metrics.TotalRefusals + gate.Metrics.TotalRefusals);
        Assert.Equal(1, gate.Dispatch.InnerOf(DispatchStatus.Handled));
        Assert.Equal(1, gate.Dispatch.Handled(Sample.Protocol.C2M_GetInventory.Opcode));
    }

    [Fact]
    public async Task With_no_map_silo_entering_the_map_is_answered_Unavailable_until_a_map_joins()
    {
        int[] ports = LoopbackPorts.Free(4);
        IPEndPoint gateEndPoint = new(IPAddress.Loopback, ports[3]);
        var realmSilo = new SiloSettings(ServerRole.Realm, ports[0], ports[0]);
        await using SampleServer realm = await SampleServer.StartAsync(Options(realmSilo, new IPEndPoint(IPAddress.Loopback, 0), gateEndPoint.ToString())).WaitAsync(Bound);
        await using SampleServer gate = await SampleServer.StartAsync(Options(realmSilo with { Role = ServerRole.Gate, SiloPort = ports[1] }, gateEndPoint, null)).WaitAsync(Bound);
        await using GameClient player = await LoginWhileUnavailableAsync(realm.EndPoint, "ann", "hunter2");

        // No silo hosts units yet: the gate's call to the unit fails at Orleans' placement, a retryable Unavailable.
        GameRequestException refused = await Assert.ThrowsAsync<GameRequestException>(() => player.EnterMapAsync(1).WaitAsync(Bound));
        Assert.Equal(ErrorCodes.Unavailable, refused.ErrorCode);
        Assert.Equal(0, gate.Dispatch.Of(DispatchStatus.HandlerFailed));

        await using MapSilo map = await MapSilo.StartAsync(realmSilo with { Role = ServerRole.Map, SiloPort = ports[2] }, Quiet).WaitAsync(Bound);
        Assert.True(await gate.WaitForMapAsync(Bound), "the gate did not learn of the map silo");
        G2C_EnterMap entered = await player.EnterMapAsync(1).WaitAsync(Bound);
        Assert.NotEqual(0, entered.UnitId);
    }

    [Fact]
    public async Task A_map_stopped_while_a_player_is_in_it_hands_the_unit_over_with_its_inventory()
    {
        int[] ports = LoopbackPorts.Free(5);
        IPEndPoint gateEndPoint = new(IPAddress.Loopback, ports[4]);
        var realmSilo = new SiloSettings(ServerRole.Realm, ports[0], ports[0]);
        await using SampleServer realm = await SampleServer.StartAsync(Options(realmSilo, new IPEndPoint(IPAddress.Loopback, 0), gateEndPoint.ToString())).WaitAsync(Bound);
        await using SampleServer gate = await SampleServer.StartAsync(Options(realmSilo with { Role = ServerRole.Gate, SiloPort = ports[1] }, gateEndPoint, null)).WaitAsync(Bound);
        MapSilo? first = await MapSilo.StartAsync(realmSilo with { Role = ServerRole.Map, SiloPort = ports[2] }, Quiet).WaitAsync(Bound);
        try
        {
            Assert.True(await gate.WaitForMapAsync(Bound), "the gate did not learn of the map silo");
            await using GameClient gm = await GameClient.LoginAsync(realm.EndPoint, "gm", "letmein").WaitAsync(Bound);
            await gm.EnterMapAsync(1).WaitAsync(Bound);
            await gm.GmAddItemAsync(4242, 3).WaitAsync(Bound);
            M2C_Inventory before = await gm.GetInventoryAsync(0).WaitAsync(Bound);

            // The unit lives on the only map; a second map joins, the first stops (Ctrl+C) while the player is in it.
            await using MapSilo second = await MapSilo.StartAsync(realmSilo with { Role = ServerRole.Map, SiloPort = ports[3] }, Quiet).WaitAsync(Bound);
            MapSilo stopping = first;
            first = null;
            await stopping.DisposeAsync().AsTask().WaitAsync(Bound);

            M2C_Inventory after = await UntilAnsweredAsync(gm);
            Assert.Equal(Describe(before), Describe(after));
            Assert.Contains(after.Items, item => item.ConfigId == 4242 && item.Count == 3);
        }
        finally
        {
            if (first is not null)
            {
                await first.DisposeAsync();
            }
        }
    }

    // Until the realm's silo has learned of the gate's, its call to the gate ends Unavailable: the player logs in again.
    private static async Task<GameClient> LoginWhileUnavailableAsync(EndPoint realm, string account, string password)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await GameClient.LoginAsync(realm, account, password).WaitAsync(Bound);
            }
            catch (GameRequestException unavailable) when (unavailable.ErrorCode == ErrorCodes.Unavailable && clock.Elapsed < Bound)
            {
                await Task.Delay(250);
            }
        }
    }

    // The player asks again while Orleans hands the unit over: Unavailable is an answer, an exception or a hang is not.
    private static async Task<M2C_Inventory> UntilAnsweredAsync(GameClient player)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            M2C_Inventory answer = await player.Gate.Rpc.CallAsync(new C2M_GetInventory { Bag = 0 }).WaitAsync(Bound);
            if (answer.Error == ErrorCodes.Success)
            {
                return answer;
            }

            Assert.Equal(ErrorCodes.Unavailable, answer.Error);
            Assert.True(clock.Elapsed < Bound, "the unit did not come back within " + Bound);
            await Task.Delay(250);
        }
    }

    private static string Describe(M2C_Inventory inventory) => string.Join(";", inventory.Items.Select(item => item.ItemId + ":" + item.ConfigId + "x" + item.Count));

    private static SampleServerOptions Options(SiloSettings silo, IPEndPoint listen, string? gateAddress) => new()
    {
        EndPoint = listen,
        Cluster = silo,
        GateAddress = gateAddress,
        Logging = Quiet,
    };

    private static void Quiet(ILoggingBuilder logging) => logging.SetMinimumLevel(LogLevel.Warning);
}
