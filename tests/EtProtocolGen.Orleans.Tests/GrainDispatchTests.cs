using System;
using System.Linq;
using System.Threading.Tasks;
using EtProtocolGen.Orleans.Grains;
using EtProtocolGen.Orleans.Tests.Generated;
using EtProtocolGen.Orleans.Tests.Infrastructure;
using EtProtocolGen.Orleans.Tests.Map;
using EtProtocolGen.Orleans.Tests.Protocol;

namespace EtProtocolGen.Orleans.Tests;

/// <summary>
/// An entity's grain runs the generated dispatchers with the identity that came with the message: scope, authorization and
/// validation hold at the target whoever calls it, and typed calls get typed responses with their RpcId.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class GrainDispatchTests
{
    private static readonly ProtocolIdentity Ann = ProtocolIdentity.Client("ann", new string[0]);
    private static readonly ProtocolIdentity GameMaster = ProtocolIdentity.Client("gm", new[] { TestRoles.GameMaster });
    private static readonly ProtocolIdentity Gate = ProtocolIdentity.Server("gate-1", TestRoles.Server);

    private readonly ClusterFixture _cluster;

    public GrainDispatchTests(ClusterFixture cluster) => _cluster = cluster;

    [Fact]
    public async Task A_typed_call_gets_the_typed_response_with_its_RpcId_and_the_callers_identity()
    {
        IUnitGrain unit = _cluster.Client.GetGrain<IUnitGrain>(101);

        M2G_Spawned spawned = await unit.As(Gate).CallAsync(new G2M_Spawn { RpcId = 31, Name = "ann" });
        M2C_Unit state = await unit.As(Ann).CallAsync(new C2M_GetUnit { RpcId = 32 });

        Assert.Equal((31, ErrorCodes.Success, 101L), (spawned.RpcId, spawned.Error, spawned.UnitId));
        Assert.Equal((32, ErrorCodes.Success, "ann", "ann"), (state.RpcId, state.Error, state.Name, state.Caller));
    }

    [Fact]
    public async Task The_target_refuses_an_anonymous_caller_a_missing_role_and_an_invalid_value()
    {
        IUnitGrain unit = _cluster.Client.GetGrain<IUnitGrain>(102);

        M2C_Unit anonymous = await unit.As(ProtocolIdentity.Anonymous).CallAsync(new C2M_GetUnit { RpcId = 1 });
        M2C_Unit player = await unit.As(Ann).CallAsync(new C2M_Teleport { RpcId = 2, X = 10 });
        M2C_Unit outOfRange = await unit.As(GameMaster).CallAsync(new C2M_Teleport { RpcId = 3, X = 5000 });
        M2C_Unit moved = await unit.As(GameMaster).CallAsync(new C2M_Teleport { RpcId = 4, X = 10 });

        Assert.Equal((1, ErrorCodes.Unauthorized), (anonymous.RpcId, anonymous.Error));
        Assert.Equal((2, ErrorCodes.Forbidden), (player.RpcId, player.Error));
        Assert.Equal((3, ErrorCodes.ValidationFailed), (outOfRange.RpcId, outOfRange.Error));
        Assert.Equal((4, ErrorCodes.Success, 10), (moved.RpcId, moved.Error, moved.X));
    }

    [Fact]
    public async Task A_clients_identity_never_reaches_an_inner_message_at_the_target()
    {
        IUnitGrain unit = _cluster.Client.GetGrain<IUnitGrain>(103);

        ProtocolReply reply = await unit.ForwardAsync(GameMaster, ProtocolEnvelope.Of(new G2M_Spawn { RpcId = 5, Name = "forged" }));
        M2C_Unit state = await unit.As(Ann).CallAsync(new C2M_GetUnit { RpcId = 6 });

        Assert.Equal(DispatchStatus.ScopeDenied, reply.Status);
        Assert.Null(reply.Response);
        Assert.Equal(ErrorCodes.UnknownOpcode, reply.ToResponse<M2G_Spawned>(5).Error);
        Assert.Equal("", state.Name);
    }

    [Fact]
    public async Task A_payload_that_does_not_decode_is_refused_by_the_target()
    {
        IUnitGrain unit = _cluster.Client.GetGrain<IUnitGrain>(104);

        // Teleport's field 2 (X) as a length-delimited field claiming more bytes than follow.
        ProtocolReply reply = await unit.ForwardAsync(GameMaster, Envelope(C2M_Teleport.Opcode, 0x08, 0x01, 0x12, 0x7F));

        Assert.Equal(DispatchStatus.Malformed, reply.Status);
        Assert.Equal(ErrorCodes.Malformed, reply.ErrorCode);
    }

    [Fact]
    public async Task A_payload_over_its_declared_limits_is_refused_by_the_target_before_its_handler()
    {
        IUnitGrain unit = _cluster.Client.GetGrain<IUnitGrain>(105);

        // G2M_Spawn's Name is [MaxLength(16)]; 17 characters under its field number, as a sender that does not check would write it.
        byte[] name = System.Text.Encoding.UTF8.GetBytes("seventeen letters");
        byte[] payload = new byte[] { 0x08, 0x07, 0x12, (byte)name.Length }.Concat(name).ToArray();
        ProtocolReply reply = await unit.ForwardAsync(Gate, Envelope(G2M_Spawn.Opcode, payload));
        M2C_Unit state = await unit.As(Ann).CallAsync(new C2M_GetUnit { RpcId = 8 });

        M2G_Spawned refused = reply.ToResponse<M2G_Spawned>(7);

        Assert.Equal((DispatchStatus.Malformed, ErrorCodes.Malformed), (reply.Status, reply.ErrorCode));
        Assert.Equal((7, ErrorCodes.Malformed), (refused.RpcId, refused.Error));
        Assert.Equal("", state.Name);
    }

    private static ProtocolEnvelope Envelope(ushort opcode, params byte[] payload) => ProtocolEnvelope.Of(new RawMessage(opcode, payload));
}
