using EtProtocolGen.Orleans.Grains;

namespace EtProtocolGen.Sample.Map.Units;

/// <summary>
/// A message's session at its unit: the identity the gate forwarded (the player's account and roles, or a server's) and the
/// unit it is addressed to. The map's handlers take it; the generated dispatchers check scope, authorization and validation
/// against it before they run.
/// </summary>
public sealed class UnitSession : ForwardedSession
{
    /// <summary>Creates the session of one message to <paramref name="unit"/>.</summary>
    public UnitSession(ProtocolIdentity caller, long unitId, IUnitHost unit)
        : base(caller, unitId) => Unit = unit;

    /// <summary>The unit.</summary>
    public IUnitHost Unit { get; }

    /// <summary>The unit's state.</summary>
    public UnitState State => Unit.State;
}
