namespace EtProtocolGen.Sample.Protocol
{
    /// <summary>Realm to gate: issue a one-time key for this account. Inner: a client can never send it.</summary>
    [Message(20001, Scope = MessageScope.Inner)]
    [ResponseType(typeof(G2R_GetLoginKey))]
    [Authorize(Roles = Roles.Server)]
    public partial class R2G_GetLoginKey : IRequest
    {
        [Field(1)] public int RpcId { get; set; }

        [Field(2), Required, MaxLength(32)] public string Account { get; set; } = "";
    }

    /// <summary>The gate's key for the account.</summary>
    [Message(20002, Scope = MessageScope.Inner)]
    [Authorize(Roles = Roles.Server)]
    public partial class G2R_GetLoginKey : IResponse
    {
        [Field(1)] public int RpcId { get; set; }

        [Field(2)] public int Error { get; set; }

        [Field(3), MaxLength(256)] public string Message { get; set; } = "";

        [Field(4), Sensitive] public long Key { get; set; }

        [Field(5)] public int GateId { get; set; }
    }

    /// <summary>Gate to map: create the unit of a player who entered the map. A client that could send this would spawn units.</summary>
    [Message(20003, Scope = MessageScope.Inner)]
    [ResponseType(typeof(M2G_CreateUnit))]
    [Authorize(Roles = Roles.Server)]
    public partial class G2M_CreateUnit : IRequest
    {
        [Field(1)] public int RpcId { get; set; }

        [Field(2), Range(1, long.MaxValue)] public long PlayerId { get; set; }

        [Field(3), Range(1, 16)] public int MapId { get; set; }
    }

    /// <summary>The created unit.</summary>
    [Message(20004, Scope = MessageScope.Inner)]
    [Authorize(Roles = Roles.Server)]
    public partial class M2G_CreateUnit : IResponse
    {
        [Field(1)] public int RpcId { get; set; }

        [Field(2)] public int Error { get; set; }

        [Field(3), MaxLength(256)] public string Message { get; set; } = "";

        [Field(4)] public long UnitId { get; set; }

        [Field(5)] public Vector3Info Position { get; set; }
    }

    /// <summary>Gate to map: the player's connection closed; remove the unit it controlled (one-way).</summary>
    [Message(20005, Scope = MessageScope.Inner)]
    [Authorize(Roles = Roles.Server)]
    public partial class G2M_SessionDisconnect : IMessage
    {
        [Field(1), Range(1, long.MaxValue)] public long PlayerId { get; set; }

        [Field(2), Range(1, long.MaxValue)] public long UnitId { get; set; }
    }
}
