using EtProtocolGen.Orleans.Grains;

namespace EtProtocolGen.Orleans.Tests.Map;

/// <summary>A forwarded message's session inside a unit's grain: the caller's identity and the unit.</summary>
public sealed class UnitSession : ForwardedSession
{
    /// <summary>Creates the session.</summary>
    public UnitSession(ProtocolIdentity caller, long unitId, UnitGrain unit)
        : base(caller, unitId) => Unit = unit;

    /// <summary>The unit the message is addressed to.</summary>
    public UnitGrain Unit { get; }
}
