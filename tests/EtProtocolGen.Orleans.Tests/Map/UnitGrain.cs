using System;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Orleans.Grains;
using EtProtocolGen.Orleans.Tests.Generated;
using EtProtocolGen.Orleans.Tests.Infrastructure;
using Orleans.Runtime;

namespace EtProtocolGen.Orleans.Tests.Map;

/// <summary>A unit's grain: runs the generated dispatchers of the test protocol's unit handlers with the forwarded identity.</summary>
public sealed class UnitGrain : ProtocolGrain<UnitSession>, IUnitGrain
{
    private readonly IPersistentState<UnitState> _state;
    private readonly OuterUnitSessionDispatcher _outer;
    private readonly InnerDispatcher _inner;

    /// <summary>Creates the grain.</summary>
    public UnitGrain(
        [PersistentState("unit", ClusterFixture.StorageName)] IPersistentState<UnitState> state,
        OuterUnitSessionDispatcher outer,
        InnerDispatcher inner,
        ILocalSiloDetails silo)
    {
        _state = state;
        _outer = outer;
        _inner = inner;
        Silo = silo.Name;
    }

    /// <summary>The unit's state, as last read from or written to grain storage.</summary>
    public UnitState State => _state.State;

    /// <summary>The silo this activation lives on.</summary>
    public string Silo { get; }

    /// <summary>Writes the state to grain storage.</summary>
    public Task SaveAsync() => _state.WriteStateAsync();

    /// <inheritdoc />
    protected override UnitSession CreateSession(ProtocolIdentity caller) => new(caller, this.GetPrimaryKeyLong(), this);

    /// <inheritdoc />
    protected override ValueTask<DispatchResult> DispatchAsync(UnitSession session, ushort opcode, ReadOnlySpan<byte> payload, CancellationToken cancellationToken) =>
        session.Scope == MessageScope.Inner
            ? _inner.DispatchAsync(session, opcode, payload, cancellationToken)
            : _outer.DispatchAsync(session, opcode, payload, cancellationToken);
}
