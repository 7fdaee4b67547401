namespace EtProtocolGen.Sample.Protocol
{
    /// <summary>
    /// A game-master command: gives the GM's own unit <see cref="Count"/> items of <see cref="ConfigId"/>. Only sessions the
    /// server put in the "gm" role at login may send it; dispatch refuses everyone else before the handler runs.
    /// </summary>
    [Message(10015, Scope = MessageScope.Outer)]
    [ResponseType(typeof(M2C_GmCommand))]
    [Authorize(Roles = Roles.GameMaster)]
    public partial class C2M_GmCommand : ILocationRequest
    {
        [Field(1)] public int RpcId { get; set; }

        [Field(2), Required, MinLength(1), MaxLength(16)] public string Command { get; set; } = "";

        [Field(3), Range(1, 99999)] public int ConfigId { get; set; }

        [Field(4), Range(1, 9999)] public int Count { get; set; }
    }

    /// <summary>The result of a GM command.</summary>
    [Message(10016, Scope = MessageScope.Outer)]
    [AllowAnonymous]
    public partial class M2C_GmCommand : IResponse
    {
        [Field(1)] public int RpcId { get; set; }

        [Field(2)] public int Error { get; set; }

        [Field(3), MaxLength(256)] public string Message { get; set; } = "";

        [Field(4)] public long ItemId { get; set; }
    }
}
