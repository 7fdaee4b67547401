using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Map.Units;
using EtProtocolGen.Sample.Protocol;

namespace EtProtocolGen.Sample.Map.Handlers;

/// <summary>Inner, from the gate: puts the player's unit in the map. A client's identity is refused by scope before this runs.</summary>
public sealed class CreateUnitHandler : IRequestHandler<UnitSession, G2M_CreateUnit, M2G_CreateUnit>
{
    /// <inheritdoc />
    public async ValueTask<M2G_CreateUnit> HandleAsync(UnitSession session, G2M_CreateUnit request, CancellationToken cancellationToken)
    {
        MapRules.Enter(session.State, session.EntityId, request.MapId);
        await session.Unit.SaveAsync();
        return new M2G_CreateUnit { UnitId = session.State.UnitId, Position = session.State.Position };
    }
}
