using System.Buffers;
using ET;
using EtProtocolGen.Tests.ProtoProtocol;
using EtProtocolGen.Tests.ProtoProtocol.Engine;
using TrueSync;
using Unity.Mathematics;
using Xunit;

namespace EtProtocolGen.Tests.Proto;

/// <summary>
/// Engine types (look-alikes of Unity's float3 and quaternion, TrueSync's TSVector, ET's ActorId) as fields of .proto and C#
/// messages, carried by the [assembly: WireSurrogate] mappings of EtProtocolGen.Tests.ProtoProtocol: no opcode is invented for
/// them, they round-trip, and on the wire each is exactly its surrogate message.
/// </summary>
public sealed class EngineTypeRoundTripTests
{
    [Fact]
    public void Proto_messages_with_engine_types_round_trip()
    {
        var unit = new UnitInfo
        {
            UnitId = 7,
            Position = new float3(1.5f, -2f, 3.25f),
            Forward = new float3(0, 0, 1),
            MoveInfo = new MoveInfo { Points = { new float3(1, 2, 3), new float3(-4, 5, -6) }, Rotation = new quaternion(0, 0.7f, 0, 0.7f), TurnSpeed = 3 },
        };
        M2C_CreateUnits parsed = WireRoundTrip.Of(new M2C_CreateUnits { Units = { unit } }, M2C_CreateUnits.Parse);
        UnitInfo back = parsed.Units[0];
        Assert.Equal((1.5f, -2f, 3.25f), (back.Position.x, back.Position.y, back.Position.z));
        Assert.Equal(1f, back.Forward.z);
        Assert.Equal(-6f, back.MoveInfo!.Points[1].z);
        Assert.Equal((0f, 0.7f, 0f, 0.7f), (back.MoveInfo.Rotation.value.x, back.MoveInfo.Rotation.value.y, back.MoveInfo.Rotation.value.z, back.MoveInfo.Rotation.value.w));

        Map2Gate_Reply reply = WireRoundTrip.Of(new Map2Gate_Reply { RpcId = 1, NewActorId = new ActorId(2, 3, long.MaxValue) }, Map2Gate_Reply.Parse);
        Assert.Equal((2, 3, long.MaxValue), (reply.NewActorId.Process, reply.NewActorId.Fiber, reply.NewActorId.InstanceId));

        var tick = new Room2Map_Tick { Frame = 9, Position = new TSVector(FP.FromRaw(-1), FP.FromRaw(long.MinValue), FP.FromRaw(3)) };
        tick.Players[5] = new TSVector(FP.FromRaw(1), FP.FromRaw(2), FP.FromRaw(-3));
        Room2Map_Tick tickBack = WireRoundTrip.Of(tick, Room2Map_Tick.Parse);
        Assert.Equal(long.MinValue, tickBack.Position.y._serializedValue);
        Assert.Equal(-3, tickBack.Players[5].z._serializedValue);
    }

    [Fact]
    public void A_CSharp_message_uses_the_same_mappings()
    {
        var waypoints = new M2C_Waypoints { Start = new float3(1, 1, 1), Points = { new float3(2, 2, 2) }, Facing = new quaternion(0, 0, 0, 1) };
        waypoints.Watchers[4] = new ActorId(1, 2, 3);
        M2C_Waypoints back = WireRoundTrip.Of(waypoints, M2C_Waypoints.Parse);
        Assert.Equal(2f, back.Points[0].y);
        Assert.Equal(1f, back.Facing.value.w);
        Assert.Equal(3L, back.Watchers[4].InstanceId);
    }

    [Fact]
    public void On_the_wire_an_engine_type_is_its_surrogate_message()
    {
        var result = new M2C_PathfindingResult { Id = 1, Position = new float3(1, 2, 3) };
        var ours = new ArrayBufferWriter<byte>();
        result.WriteTo(ours);

        // Field 2 holds a Float3Wire: the same bytes as the surrogate written on its own, behind tag and length.
        var surrogate = new ArrayBufferWriter<byte>();
        ((Float3Wire)result.Position).WriteTo(surrogate);
        byte[] expected = [0x08, 0x01, 0x12, (byte)surrogate.WrittenCount, .. surrogate.WrittenSpan];
        Assert.Equal(expected, ours.WrittenSpan.ToArray());

        // The surrogates are values: no opcode, never sendable on their own.
        Assert.False(typeof(IWireMessage).IsAssignableFrom(typeof(Float3Wire)));
    }
}
