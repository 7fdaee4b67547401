using System;
using System.Diagnostics;
using System.Threading.Tasks;
using EtProtocolGen.Orleans.Grains;
using EtProtocolGen.Orleans.Tests.Gate;
using EtProtocolGen.Orleans.Tests.Generated;
using EtProtocolGen.Orleans.Tests.Infrastructure;
using EtProtocolGen.Orleans.Tests.Map;
using EtProtocolGen.Orleans.Tests.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Runtime;

namespace EtProtocolGen.Orleans.Tests;

/// <summary>
/// A cluster in which no silo hosts unit grains (no map server has joined yet, as in a scaled-out deployment whose maps
/// start after the gate): Orleans' placement finds no silo for the unit, and the gate's callers get
/// <see cref="ErrorCodes.Unavailable"/> with their RpcId at once, as for a dead silo, not a handler's InternalError.
/// </summary>
public sealed class NoHostingSiloTests
{
    // What a loaded 2-core CI machine may take for a call that fails at placement.
    private static readonly TimeSpan Budget = ClusterFixture.ResponseTimeout;

    [Fact]
    public async Task With_no_silo_hosting_the_unit_calls_forwards_and_one_way_messages_end_Unavailable_without_throwing()
    {
        ClusterFixture cluster = await ClusterFixture.StartAsync(1, silo =>
            silo.Services.PostConfigure<GrainTypeOptions>(options => options.Classes.Remove(typeof(UnitGrain))));
        try
        {
            // By grain id, as a gate holds it: GetGrain<IUnitGrain>(501) would throw at once (the cluster's manifest knows no
            // implementation of the interface); a reference from the grain type and key reaches placement.
            IUnitGrain unit = cluster.Client.GetGrain<IUnitGrain>(GrainId.Create(GrainType.Create("unit"), GrainIdKeyExtensions.CreateIntegerKey(501)));
            var player = new TestGateSession(ProtocolIdentity.Client("ann", new string[0]), unit);
            var gate = new TestGate();
            var clock = Stopwatch.StartNew();

            // A typed inner call, as the gate's enter-map handler makes it.
            M2G_Spawned spawned = await unit.As(ProtocolIdentity.Server("gate-1", TestRoles.Server)).CallAsync(new G2M_Spawn { RpcId = 7, Name = "ann" });
            Assert.Equal((7, ErrorCodes.Unavailable), (spawned.RpcId, spawned.Error));

            // A client's location request through the gate's forwarder.
            M2C_Unit forwarded = await gate.RequestAsync<M2C_Unit>(player, new C2M_GetUnit { RpcId = 8 });
            Assert.Equal((8, ErrorCodes.Unavailable), (forwarded.RpcId, forwarded.Error));

            // A one-way message has no response to carry the error: the forwarder returns, the message is dropped.
            ProtocolReply walked = await unit.SendAsync(new C2M_Walk { X = 1 }, player.Identity);
            Assert.Same(ProtocolReply.Unavailable, walked);
            DispatchResult walk = await gate.ReceiveAsync(player, new C2M_Walk { X = 2 });
            Assert.Equal(DispatchStatus.Handled, walk.Status);

            Assert.True(clock.Elapsed < Budget, "failing at placement took " + clock.Elapsed);
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }
}
