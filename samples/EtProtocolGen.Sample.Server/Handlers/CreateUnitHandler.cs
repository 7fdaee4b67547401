using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Server.Services;
using EtProtocolGen.Sample.Server.Sessions;

namespace EtProtocolGen.Sample.Server.Handlers;

/// <summary>Map, inner: creates a player's unit. Reachable only from inner sessions; a client's frame with this opcode is refused by scope.</summary>
public sealed class CreateUnitHandler : IRequestHandler<InnerSession, G2M_CreateUnit, M2G_CreateUnit>
{
    private readonly MapWorld _map;

    /// <summary>Creates the handler.</summary>
    public CreateUnitHandler(MapWorld map) => _map = map;

    /// <inheritdoc />
    public ValueTask<M2G_CreateUnit> HandleAsync(InnerSession session, G2M_CreateUnit request, CancellationToken cancellationToken)
    {
        MapWorld.Unit unit = _map.CreateUnit(request.PlayerId, request.MapId);
        return new(new M2G_CreateUnit { UnitId = unit.UnitId, Position = unit.Position });
    }
}
