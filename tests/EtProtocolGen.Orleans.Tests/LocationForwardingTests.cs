using System.Linq;
using System.Threading.Tasks;
using EtProtocolGen.Orleans.Grains;
using EtProtocolGen.Orleans.Tests.Gate;
using EtProtocolGen.Orleans.Tests.Infrastructure;
using EtProtocolGen.Orleans.Tests.Map;
using EtProtocolGen.Orleans.Tests.Protocol;

namespace EtProtocolGen.Orleans.Tests;

/// <summary>
/// ET's actor location at a gate: a client's location message passes the gate's own generated checks, is forwarded to the
/// grain of the session's unit, and the response comes back with the client's RpcId; pushes reach the client.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class LocationForwardingTests
{
    private readonly ClusterFixture _cluster;
    private readonly TestGate _gate = new();

    public LocationForwardingTests(ClusterFixture cluster) => _cluster = cluster;

    [Fact]
    public async Task A_location_request_is_answered_by_the_units_grain_with_the_clients_RpcId()
    {
        var session = new TestGateSession(ProtocolIdentity.Client("ann", new string[0]), _cluster.Client.GetGrain<IUnitGrain>(201));

        M2C_Unit response = await _gate.RequestAsync<M2C_Unit>(session, new C2M_GetUnit { RpcId = 4242 });

        Assert.Equal((4242, ErrorCodes.Success, "ann"), (response.RpcId, response.Error, response.Caller));
        Assert.Contains(response.Silo, _cluster.Cluster.Silos.Select(silo => silo.Name));
    }

    [Fact]
    public async Task A_location_message_reaches_the_unit_in_order_and_its_pushes_reach_the_client()
    {
        var session = new TestGateSession(ProtocolIdentity.Client("ann", new string[0]), _cluster.Client.GetGrain<IUnitGrain>(202));

        for (int x = 1; x <= 3; x++)
        {
            DispatchResult result = await _gate.ReceiveAsync(session, new C2M_Walk { X = x });
            Assert.Equal(DispatchStatus.Handled, result.Status);
        }

        M2C_Walked[] pushes = session.Delivered.Cast<M2C_Walked>().ToArray();
        Assert.Equal(new[] { (1, 1), (2, 2), (3, 3) }, pushes.Select(push => (push.X, push.Steps)));
    }

    [Fact]
    public async Task The_gate_forwards_only_what_the_client_may_send()
    {
        IUnitGrain unit = _cluster.Client.GetGrain<IUnitGrain>(203);
        var anonymous = new TestGateSession(ProtocolIdentity.Anonymous, unit);
        var player = new TestGateSession(ProtocolIdentity.Client("ann", new string[0]), unit);
        var gameMaster = new TestGateSession(ProtocolIdentity.Client("gm", new[] { TestRoles.GameMaster }), unit);

        DispatchResult unauthorized = await _gate.ReceiveAsync(anonymous, new C2M_GetUnit { RpcId = 1 });
        DispatchResult forbidden = await _gate.ReceiveAsync(player, new C2M_Teleport { RpcId = 2, X = 50 });
        DispatchResult invalid = await _gate.ReceiveAsync(gameMaster, new C2M_Teleport { RpcId = 3, X = 5000 });
        DispatchResult walkedTooFar = await _gate.ReceiveAsync(player, new C2M_Walk { X = 5000 });
        M2C_Unit state = await _gate.RequestAsync<M2C_Unit>(player, new C2M_GetUnit { RpcId = 4 });

        Assert.Equal((DispatchStatus.Unauthorized, 1), (unauthorized.Status, ((M2C_Unit)unauthorized.Response!).RpcId));
        Assert.Equal((DispatchStatus.Forbidden, 2), (forbidden.Status, ((M2C_Unit)forbidden.Response!).RpcId));
        Assert.Equal((DispatchStatus.ValidationFailed, 3), (invalid.Status, ((M2C_Unit)invalid.Response!).RpcId));
        Assert.Equal(DispatchStatus.ValidationFailed, walkedTooFar.Status);
        Assert.Equal((0, 0), (state.X, state.Steps));
        Assert.Empty(player.Delivered);
    }

    [Fact]
    public async Task A_session_without_a_unit_gets_Unavailable_and_nothing_is_forwarded()
    {
        var session = new TestGateSession(ProtocolIdentity.Client("ann", new string[0]), null);

        M2C_Unit response = await _gate.RequestAsync<M2C_Unit>(session, new C2M_GetUnit { RpcId = 9 });

        Assert.Equal((9, ErrorCodes.Unavailable), (response.RpcId, response.Error));
    }
}
