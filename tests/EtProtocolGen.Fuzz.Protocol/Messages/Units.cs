using System.Collections.Generic;

namespace EtProtocolGen.Fuzz.Protocol
{
    /// <summary>ET's unit snapshot: a list of nested units, each with maps and nested movement.</summary>
    [Message(10010)]
    [Authorize]
    public partial class M2C_CreateUnits : IMessage
    {
        [Field(1), MaxLength(64)] public List<UnitInfo> Units { get; set; } = new();
        [Field(2), MaxLength(16)] public Dictionary<string, Vector3Info> Waypoints { get; set; } = new();
    }

    /// <summary>A path: a bounded list of points and a packed list of costs.</summary>
    [Message(10011)]
    [Authorize]
    public partial class M2C_PathfindingResult : IMessage
    {
        [Field(1)] public long Id { get; set; }
        [Field(2)] public Vector3Info? Position { get; set; }
        [Field(3), MaxLength(256)] public List<Vector3Info> Points { get; set; } = new();
        [Field(4), MaxLength(256)] public float[] Costs { get; set; } = System.Array.Empty<float>();
    }
}
