namespace EtProtocolGen.Orleans.Tests.Protocol;

/// <summary>Gate to map (inner): give the unit a name. A client's identity can never get it dispatched.</summary>
[Message(40001, Scope = MessageScope.Inner)]
[ResponseType(typeof(M2G_Spawned))]
[Authorize(Roles = TestRoles.Server)]
public partial class G2M_Spawn : IRequest
{
    [Field(1)] public int RpcId { get; set; }

    [Field(2), Required, MaxLength(16)] public string Name { get; set; } = "";
}

/// <summary>The spawned unit.</summary>
[Message(40002, Scope = MessageScope.Inner)]
[Authorize(Roles = TestRoles.Server)]
public partial class M2G_Spawned : IResponse
{
    [Field(1)] public int RpcId { get; set; }

    [Field(2)] public int Error { get; set; }

    [Field(3), MaxLength(256)] public string Message { get; set; } = "";

    [Field(4)] public long UnitId { get; set; }
}

/// <summary>Role names of the test protocol.</summary>
public static class TestRoles
{
    /// <summary>Game masters.</summary>
    public const string GameMaster = "gm";

    /// <summary>Trusted servers.</summary>
    public const string Server = "server";
}
