using System;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Orleans.Grains;
using Orleans.Runtime;

namespace EtProtocolGen.Sample.Map.Units;

/// <summary>
/// A unit's grain: the gate's forwarded messages run through the map's generated dispatchers with the player's forwarded
/// identity, one at a time; the state is written to grain storage <see cref="StorageName"/> after each change, so the unit
/// comes back with it on another map silo when its silo dies.
/// </summary>
[GrainType(GrainTypeName)]
public sealed class UnitGrain : ProtocolGrain<UnitSession>, IUnitGrain, IUnitHost
{
    /// <summary>The grain storage units are kept in.</summary>
    public const string StorageName = "units";

    /// <summary>
    /// The grain type of units (Orleans' name for this class, pinned): a gate builds a unit's reference from it and the
    /// unit's id, which works before any map silo has joined.
    /// </summary>
    public const string GrainTypeName = "unit";

    private readonly IPersistentState<UnitState> _state;
    private readonly MapDispatch _dispatch;

    /// <summary>Creates the grain.</summary>
    public UnitGrain([PersistentState("unit", StorageName)] IPersistentState<UnitState> state, MapDispatch dispatch)
    {
        _state = state ?? throw new ArgumentNullException(nameof(state));
        _dispatch = dispatch ?? throw new ArgumentNullException(nameof(dispatch));
    }

    /// <inheritdoc />
    public UnitState State => _state.State;

    /// <inheritdoc />
    public Task SaveAsync() => _state.WriteStateAsync();

    /// <inheritdoc />
    protected override UnitSession CreateSession(ProtocolIdentity caller) => new(caller, this.GetPrimaryKeyLong(), this);

    /// <inheritdoc />
    protected override ValueTask<DispatchResult> DispatchAsync(UnitSession session, ushort opcode, ReadOnlySpan<byte> payload, CancellationToken cancellationToken) =>
        _dispatch.DispatchAsync(session, opcode, payload, cancellationToken);
}
