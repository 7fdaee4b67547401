namespace EtProtocolGen.Orleans.Tests.Protocol;

/// <summary>The client walks its unit (one-way, forwarded to the unit's grain); the unit pushes <see cref="M2C_Walked"/>.</summary>
[Message(30001, Scope = MessageScope.Outer)]
[Authorize]
public partial class C2M_Walk : ILocationMessage
{
    [Field(1), Range(-1000, 1000)] public int X { get; set; }
}

/// <summary>Pushed by the unit after a walk.</summary>
[Message(30002, Scope = MessageScope.Outer)]
[Authorize]
public partial class M2C_Walked : IMessage
{
    [Field(1)] public int X { get; set; }

    [Field(2)] public int Steps { get; set; }
}

/// <summary>The unit's state, and the silo that served the request.</summary>
[Message(30003, Scope = MessageScope.Outer)]
[ResponseType(typeof(M2C_Unit))]
[Authorize]
public partial class C2M_GetUnit : ILocationRequest
{
    [Field(1)] public int RpcId { get; set; }
}

/// <summary>The unit as its grain sees it.</summary>
[Message(30004, Scope = MessageScope.Outer)]
[AllowAnonymous]
public partial class M2C_Unit : IResponse
{
    [Field(1)] public int RpcId { get; set; }

    [Field(2)] public int Error { get; set; }

    [Field(3), MaxLength(256)] public string Message { get; set; } = "";

    [Field(4)] public int X { get; set; }

    [Field(5)] public int Steps { get; set; }

    [Field(6), MaxLength(32)] public string Name { get; set; } = "";

    [Field(7), MaxLength(128)] public string Silo { get; set; } = "";

    [Field(8), MaxLength(64)] public string Caller { get; set; } = "";
}

/// <summary>Game masters only: put the unit somewhere.</summary>
[Message(30005, Scope = MessageScope.Outer)]
[ResponseType(typeof(M2C_Unit))]
[Authorize(Roles = TestRoles.GameMaster)]
public partial class C2M_Teleport : ILocationRequest
{
    [Field(1)] public int RpcId { get; set; }

    [Field(2), Range(-1000, 1000)] public int X { get; set; }
}

/// <summary>A request whose handler waits until the test releases it: a request in flight when a silo dies.</summary>
[Message(30006, Scope = MessageScope.Outer)]
[ResponseType(typeof(M2C_Unit))]
[Authorize]
public partial class C2M_Stall : ILocationRequest
{
    [Field(1)] public int RpcId { get; set; }
}

/// <summary>For the codec's limit test: a short bounded text.</summary>
[Message(30007, Scope = MessageScope.Outer)]
[AllowAnonymous]
public partial struct C2C_Note : IMessage
{
    [Field(1), MaxLength(8)] public string Text { get; set; }
}
