using EtProtocolGen.Orleans.Location;
using EtProtocolGen.Orleans.Tests.Protocol;

namespace EtProtocolGen.Orleans.Tests.Gate;

/// <summary>The gate forwards walks to the session's unit.</summary>
public sealed class ForwardWalk : LocationMessageForwarder<TestGateSession, C2M_Walk>
{
}

/// <summary>The gate forwards state requests to the session's unit.</summary>
public sealed class ForwardGetUnit : LocationRequestForwarder<TestGateSession, C2M_GetUnit, M2C_Unit>
{
}

/// <summary>The gate forwards a game master's teleport to the session's unit.</summary>
public sealed class ForwardTeleport : LocationRequestForwarder<TestGateSession, C2M_Teleport, M2C_Unit>
{
}

/// <summary>The gate forwards the stalling request to the session's unit.</summary>
public sealed class ForwardStall : LocationRequestForwarder<TestGateSession, C2M_Stall, M2C_Unit>
{
}
