using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Orleans.Tests.Protocol;

namespace EtProtocolGen.Orleans.Tests.Map;

/// <summary>Walks the unit, saves it and pushes the result to the walker's client.</summary>
public sealed class WalkHandler : IMessageHandler<UnitSession, C2M_Walk>
{
    /// <inheritdoc />
    public async ValueTask HandleAsync(UnitSession session, C2M_Walk message, CancellationToken cancellationToken)
    {
        UnitState state = session.Unit.State;
        state.X = message.X;
        state.Steps++;
        await session.Unit.SaveAsync();
        session.Push(new M2C_Walked { X = state.X, Steps = state.Steps });
    }
}

/// <summary>The unit's state and who asked.</summary>
public sealed class GetUnitHandler : IRequestHandler<UnitSession, C2M_GetUnit, M2C_Unit>
{
    /// <inheritdoc />
    public ValueTask<M2C_Unit> HandleAsync(UnitSession session, C2M_GetUnit request, CancellationToken cancellationToken) => new(Describe(session));

    /// <summary>The unit as a response.</summary>
    public static M2C_Unit Describe(UnitSession session)
    {
        UnitState state = session.Unit.State;
        return new M2C_Unit { X = state.X, Steps = state.Steps, Name = state.Name, Silo = session.Unit.Silo, Caller = session.Caller.Account ?? "" };
    }
}

/// <summary>Game masters move the unit anywhere.</summary>
public sealed class TeleportHandler : IRequestHandler<UnitSession, C2M_Teleport, M2C_Unit>
{
    /// <inheritdoc />
    public async ValueTask<M2C_Unit> HandleAsync(UnitSession session, C2M_Teleport request, CancellationToken cancellationToken)
    {
        session.Unit.State.X = request.X;
        await session.Unit.SaveAsync();
        return GetUnitHandler.Describe(session);
    }
}

/// <summary>Waits until the test releases it (or for a minute): a request still in flight when its silo dies.</summary>
public sealed class StallHandler : IRequestHandler<UnitSession, C2M_Stall, M2C_Unit>
{
    /// <inheritdoc />
    public async ValueTask<M2C_Unit> HandleAsync(UnitSession session, C2M_Stall request, CancellationToken cancellationToken)
    {
        Stall stall = Stalls.Of(session.EntityId);
        stall.Entered.TrySetResult(session.Unit.Silo);
        await Task.WhenAny(stall.Release.Task, Task.Delay(60_000, cancellationToken));
        return GetUnitHandler.Describe(session);
    }
}

/// <summary>Inner: names the unit.</summary>
public sealed class SpawnHandler : IRequestHandler<UnitSession, G2M_Spawn, M2G_Spawned>
{
    /// <inheritdoc />
    public async ValueTask<M2G_Spawned> HandleAsync(UnitSession session, G2M_Spawn request, CancellationToken cancellationToken)
    {
        session.Unit.State.Name = request.Name;
        await session.Unit.SaveAsync();
        return new M2G_Spawned { UnitId = session.EntityId };
    }
}
