using System;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using EtProtocolGen.Orleans.Grains;
using EtProtocolGen.Orleans.Tests.Gate;
using EtProtocolGen.Orleans.Tests.Generated;
using EtProtocolGen.Orleans.Tests.Infrastructure;
using EtProtocolGen.Orleans.Tests.Map;
using EtProtocolGen.Orleans.Tests.Protocol;
using Orleans.TestingHost;

namespace EtProtocolGen.Orleans.Tests;

/// <summary>
/// A map silo dies while a player is in the map: the request in flight fails within the response timeout with
/// <see cref="ErrorCodes.Unavailable"/>, nothing hangs, the unit's grain comes back on another silo with the state it had
/// written to grain storage, and the player carries on.
/// </summary>
public sealed class SiloFailureTests
{
    private static readonly TimeSpan RecoveryBudget = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_killed_silos_unit_reactivates_elsewhere_with_its_stored_state_and_the_request_in_flight_fails_cleanly()
    {
        const long UnitId = 301;
        ClusterFixture cluster = await ClusterFixture.StartAsync(3);
        try
        {
            var gate = new TestGate();
            var player = new TestGateSession(ProtocolIdentity.Client("ann", new string[0]), cluster.Client.GetGrain<IUnitGrain>(UnitId));

            // The session before the failure: the unit is spawned by the gate, walks twice, and is saved each time.
            M2G_Spawned spawned = await player.Location!.As(ProtocolIdentity.Server("gate-1", TestRoles.Server)).CallAsync(new G2M_Spawn { RpcId = 1, Name = "ann" });
            Assert.Equal(ErrorCodes.Success, spawned.Error);
            await gate.ReceiveAsync(player, new C2M_Walk { X = 7 });
            await gate.ReceiveAsync(player, new C2M_Walk { X = 9 });
            M2C_Unit before = await gate.RequestAsync<M2C_Unit>(player, new C2M_GetUnit { RpcId = 2 });
            Assert.Equal(("ann", 9, 2), (before.Name, before.X, before.Steps));

            // A request is in flight on the unit's silo when that silo dies.
            Task<M2C_Unit> inFlight = gate.RequestAsync<M2C_Unit>(player, new C2M_Stall { RpcId = 3 });
            string stalledOn = await Stalls.Of(UnitId).Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(before.Silo, stalledOn);
            InProcessSiloHandle hosting = cluster.Cluster.Silos.Single(silo => silo.Name == before.Silo);
            var clock = Stopwatch.StartNew();
            await cluster.Cluster.KillSiloAsync(hosting);

            M2C_Unit failed = await inFlight.WaitAsync(ClusterFixture.ResponseTimeout + TimeSpan.FromSeconds(10));
            Assert.Equal((3, ErrorCodes.Unavailable), (failed.RpcId, failed.Error));
            Assert.True(clock.Elapsed <= ClusterFixture.ResponseTimeout + TimeSpan.FromSeconds(5), "the request in flight failed after " + clock.Elapsed);

            // The player continues: requests fail with Unavailable until the cluster has noticed, then the unit answers from
            // another silo with what it had stored.
            M2C_Unit after = await UntilAnsweredAsync(gate, player);
            Assert.Equal(("ann", 9, 2), (after.Name, after.X, after.Steps));
            Assert.NotEqual(before.Silo, after.Silo);

            await gate.ReceiveAsync(player, new C2M_Walk { X = 11 });
            M2C_Unit walkedOn = await gate.RequestAsync<M2C_Unit>(player, new C2M_GetUnit { RpcId = 5 });
            Assert.Equal((11, 3), (walkedOn.X, walkedOn.Steps));
            Assert.Equal(3, player.Delivered.OfType<M2C_Walked>().Last().Steps);
        }
        finally
        {
            Stalls.Release(UnitId);
            await cluster.DisposeAsync();
        }
    }

    private static async Task<M2C_Unit> UntilAnsweredAsync(TestGate gate, TestGateSession player)
    {
        var clock = Stopwatch.StartNew();
        int rpcId = 100;
        while (true)
        {
            M2C_Unit response = await gate.RequestAsync<M2C_Unit>(player, new C2M_GetUnit { RpcId = ++rpcId });
            Assert.Equal(rpcId, response.RpcId);
            if (response.Error == ErrorCodes.Success)
            {
                return response;
            }

            Assert.Equal(ErrorCodes.Unavailable, response.Error);
            Assert.True(clock.Elapsed < RecoveryBudget, "the unit did not come back within " + RecoveryBudget);
            await Task.Delay(250);
        }
    }
}
