using EtProtocolGen;
using TrueSync;
using Unity.Mathematics;

// One mapping per engine type: every field of that type, in a C# message or a .proto file of this assembly, is written as
// the surrogate message and read back from it through its conversion operators. No opcode is invented for any of them.
[assembly: WireSurrogate(typeof(float3), typeof(EtProtocolGen.Tests.ProtoProtocol.Engine.Float3Wire))]
[assembly: WireSurrogate(typeof(quaternion), typeof(EtProtocolGen.Tests.ProtoProtocol.Engine.QuaternionWire))]
[assembly: WireSurrogate(typeof(TSVector), typeof(EtProtocolGen.Tests.ProtoProtocol.Engine.TSVectorWire))]
[assembly: WireSurrogate(typeof(ET.ActorId), typeof(EtProtocolGen.Tests.ProtoProtocol.Engine.ActorIdWire))]
[assembly: WireSurrogate(typeof(TSQuaternion), typeof(EtProtocolGen.Tests.ProtoProtocol.Engine.TSQuaternionWire))]
[assembly: WireSurrogate(typeof(ET.LSInput), typeof(EtProtocolGen.Tests.ProtoProtocol.Engine.LSInputWire))]

namespace EtProtocolGen.Tests.ProtoProtocol.Engine
{
    /// <summary>float3 on the wire: three floats.</summary>
    [Message]
    public partial struct Float3Wire
    {
        [Field(1)] public float X { get; set; }
        [Field(2)] public float Y { get; set; }
        [Field(3)] public float Z { get; set; }

        public static implicit operator Float3Wire(float3 value) => new Float3Wire { X = value.x, Y = value.y, Z = value.z };

        public static implicit operator float3(Float3Wire wire) => new float3(wire.X, wire.Y, wire.Z);
    }

    /// <summary>quaternion on the wire: its four components.</summary>
    [Message]
    public partial struct QuaternionWire
    {
        [Field(1)] public float X { get; set; }
        [Field(2)] public float Y { get; set; }
        [Field(3)] public float Z { get; set; }
        [Field(4)] public float W { get; set; }

        public static implicit operator QuaternionWire(quaternion value) =>
            new QuaternionWire { X = value.value.x, Y = value.value.y, Z = value.value.z, W = value.value.w };

        public static implicit operator quaternion(QuaternionWire wire) => new quaternion(wire.X, wire.Y, wire.Z, wire.W);
    }

    /// <summary>TSVector on the wire: the raw fixed-point values, zigzag (they are often negative).</summary>
    [Message]
    public partial struct TSVectorWire
    {
        [Field(1, Encoding = FieldEncoding.ZigZag)] public long X { get; set; }
        [Field(2, Encoding = FieldEncoding.ZigZag)] public long Y { get; set; }
        [Field(3, Encoding = FieldEncoding.ZigZag)] public long Z { get; set; }

        public static implicit operator TSVectorWire(TSVector value) =>
            new TSVectorWire { X = value.x._serializedValue, Y = value.y._serializedValue, Z = value.z._serializedValue };

        public static implicit operator TSVector(TSVectorWire wire) => new TSVector(FP.FromRaw(wire.X), FP.FromRaw(wire.Y), FP.FromRaw(wire.Z));
    }

    /// <summary>ActorId on the wire.</summary>
    [Message]
    public partial struct ActorIdWire
    {
        [Field(1)] public int Process { get; set; }
        [Field(2)] public int Fiber { get; set; }
        [Field(3)] public long InstanceId { get; set; }

        public static implicit operator ActorIdWire(ET.ActorId value) => new ActorIdWire { Process = value.Process, Fiber = value.Fiber, InstanceId = value.InstanceId };

        public static implicit operator ET.ActorId(ActorIdWire wire) => new ET.ActorId(wire.Process, wire.Fiber, wire.InstanceId);
    }

    /// <summary>TSQuaternion on the wire: the raw values of its four FP, zigzag-encoded.</summary>
    [Message]
    public partial struct TSQuaternionWire
    {
        [Field(1, Encoding = FieldEncoding.ZigZag)] public long X { get; set; }
        [Field(2, Encoding = FieldEncoding.ZigZag)] public long Y { get; set; }
        [Field(3, Encoding = FieldEncoding.ZigZag)] public long Z { get; set; }
        [Field(4, Encoding = FieldEncoding.ZigZag)] public long W { get; set; }

        public static implicit operator TSQuaternionWire(TSQuaternion value) =>
            new TSQuaternionWire { X = value.x._serializedValue, Y = value.y._serializedValue, Z = value.z._serializedValue, W = value.w._serializedValue };

        public static implicit operator TSQuaternion(TSQuaternionWire wire) =>
            new TSQuaternion { x = FP.FromRaw(wire.X), y = FP.FromRaw(wire.Y), z = FP.FromRaw(wire.Z), w = FP.FromRaw(wire.W) };
    }

    /// <summary>ET's LSInput on the wire: the move as raw FP values, and the button.</summary>
    [Message]
    public partial struct LSInputWire
    {
        [Field(1, Encoding = FieldEncoding.ZigZag)] public long MoveX { get; set; }
        [Field(2, Encoding = FieldEncoding.ZigZag)] public long MoveY { get; set; }
        [Field(3)] public int Button { get; set; }

        public static implicit operator LSInputWire(ET.LSInput value) =>
            new LSInputWire { MoveX = value.MoveX._serializedValue, MoveY = value.MoveY._serializedValue, Button = value.Button };

        public static implicit operator ET.LSInput(LSInputWire wire) =>
            new ET.LSInput { MoveX = FP.FromRaw(wire.MoveX), MoveY = FP.FromRaw(wire.MoveY), Button = wire.Button };
    }
}
