using ET;
using TrueSync;
using Xunit;

namespace EtProtocolGen.Tests.Proto;

/// <summary>
/// RoomMessage_C_11001.proto of EtProtocolGen.Tests.ProtoProtocol, in the shape of ET 8.1's lock-step file: documentation
/// inside messages, tab-aligned comments and blank lines, IRoomMessage, and the lock-step engine types (TrueSync.TSQuaternion,
/// ET's LSInput struct) carried by [assembly: WireSurrogate], one as a map value; the file builds as written and round-trips.
/// </summary>
public sealed class EtLockStepProtoTests
{
    [Fact]
    public void Opcodes_kinds_and_constants_follow_ETs_dialect()
    {
        // The value LockStepUnitInfo keeps its place in the count: Room2C_Start is the third message.
        Assert.Equal(11002, C2Room_ChangeSceneFinish.Opcode);
        Assert.Equal(11004, Room2C_Start.Opcode);
        Assert.Equal(RoomMessage.OneFrameInputs, OneFrameInputs.Opcode);
        Assert.DoesNotContain(typeof(LockStepUnitInfo).GetFields(), field => field.Name == "Opcode");

        // IRoomMessage is ET's message to a room entity: a location message here.
        Assert.IsAssignableFrom<ILocationMessage>(new C2Room_ChangeSceneFinish());
        Assert.Equal(MessageScope.Outer, EtProtocolGen.Tests.ProtoProtocol.Generated.ProtocolRegistry.Find(FrameMessage.Opcode)!.Scope);
    }

    [Fact]
    public void Lock_step_messages_with_engine_types_round_trip()
    {
        var start = new Room2C_Start { StartTime = 1_700_000_000_000 };
        start.UnitInfo.Add(new LockStepUnitInfo
        {
            PlayerId = 7,
            Position = new TSVector(FP.FromRaw(1), FP.FromRaw(-2), FP.FromRaw(long.MaxValue)),
            Rotation = new TSQuaternion { x = FP.FromRaw(-1), w = FP.FromRaw(long.MinValue) },
        });
        Room2C_Start startBack = WireRoundTrip.Of(start, Room2C_Start.Parse);
        Assert.Equal(long.MaxValue, startBack.UnitInfo[0].Position.z._serializedValue);
        Assert.Equal((-1L, long.MinValue), (startBack.UnitInfo[0].Rotation.x._serializedValue, startBack.UnitInfo[0].Rotation.w._serializedValue));

        var frame = new FrameMessage { Frame = 3, PlayerId = 9, Input = new LSInput { MoveX = FP.FromRaw(-5), Button = 2 } };
        FrameMessage frameBack = WireRoundTrip.Of(frame, FrameMessage.Parse);
        Assert.Equal((-5L, 2), (frameBack.Input.MoveX._serializedValue, frameBack.Input.Button));

        var inputs = new OneFrameInputs();
        inputs.Inputs[9] = new LSInput { MoveY = FP.FromRaw(4), Button = 1 };
        inputs.Inputs[-1] = default;
        OneFrameInputs inputsBack = WireRoundTrip.Of(inputs, OneFrameInputs.Parse);
        Assert.Equal((4L, 1), (inputsBack.Inputs[9].MoveY._serializedValue, inputsBack.Inputs[9].Button));
        Assert.Equal(0, inputsBack.Inputs[-1].Button);

        Room2C_CheckHashFail fail = WireRoundTrip.Of(new Room2C_CheckHashFail { Frame = 1, LSWorldBytes = new byte[] { 1, 2, 3 } }, Room2C_CheckHashFail.Parse);
        Assert.Equal(new byte[] { 1, 2, 3 }, fail.LSWorldBytes);
    }
}
