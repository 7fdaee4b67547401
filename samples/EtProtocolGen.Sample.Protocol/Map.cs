using System.Collections.Generic;

namespace EtProtocolGen.Sample.Protocol
{
    /// <summary>Enter a map after gate login. The gate asks the map server to create the player's unit (<see cref="G2M_CreateUnit"/>).</summary>
    [Message(10005, Scope = MessageScope.Outer)]
    [ResponseType(typeof(G2C_EnterMap))]
    [Authorize]
    public partial class C2G_EnterMap : IRequest
    {
        [Field(1)] public int RpcId { get; set; }

        [Field(2), Range(1, 16)] public int MapId { get; set; }
    }

    /// <summary>The unit the player controls in the map, and where it stands.</summary>
    [Message(10006, Scope = MessageScope.Outer)]
    [AllowAnonymous]
    public partial class G2C_EnterMap : IResponse
    {
        [Field(1)] public int RpcId { get; set; }

        [Field(2)] public int Error { get; set; }

        [Field(3), MaxLength(256)] public string Message { get; set; } = "";

        [Field(4)] public long UnitId { get; set; }

        [Field(5)] public Vector3Info Position { get; set; }
    }

    /// <summary>A point in a map. Coordinates sent by clients are bounded: a map is 10 km across.</summary>
    [Message(10007, Scope = MessageScope.Outer)]
    [Authorize]
    public partial struct Vector3Info : IMessage
    {
        [Field(1), Range(-10000.0, 10000.0)] public float X { get; set; }

        [Field(2), Range(-10000.0, 10000.0)] public float Y { get; set; }

        [Field(3), Range(-10000.0, 10000.0)] public float Z { get; set; }
    }

    /// <summary>The client clicked a destination (one-way, as in ET); the map answers with <see cref="M2C_PathfindingResult"/>.</summary>
    [Message(10008, Scope = MessageScope.Outer)]
    [Authorize]
    public partial class C2M_PathfindingResult : ILocationMessage
    {
        [Field(1), Range(-10000.0, 10000.0)] public float X { get; set; }

        [Field(2), Range(-10000.0, 10000.0)] public float Y { get; set; }

        [Field(3), Range(-10000.0, 10000.0)] public float Z { get; set; }
    }

    /// <summary>Pushed by the map: the path a unit walks. Only the server sends it; the server has no handler for it.</summary>
    [Message(10009, Scope = MessageScope.Outer)]
    [Authorize]
    public partial class M2C_PathfindingResult : IMessage
    {
        [Field(1)] public long UnitId { get; set; }

        [Field(2)] public Vector3Info Position { get; set; }

        [Field(3), MaxLength(256)] public List<Vector3Info> Points { get; set; } = new List<Vector3Info>();
    }
}
