using System.Collections.Generic;
using EtProtocolGen;
using Unity.Mathematics;

namespace EtProtocolGen.Tests.ProtoProtocol
{
    /// <summary>A hand-written message with engine-type fields: the C# front end uses the same mappings as the .proto files.</summary>
    [Message(30001), AllowAnonymous]
    public partial class M2C_Waypoints : IMessage
    {
        [Field(1)] public float3 Start { get; set; }
        [Field(2), MaxLength(64)] public List<float3> Points { get; set; } = new();
        [Field(3)] public quaternion Facing { get; set; }
        [Field(4), MaxLength(16)] public Dictionary<int, ET.ActorId> Watchers { get; set; } = new();
    }
}
