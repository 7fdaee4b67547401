using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Server.Services;
using EtProtocolGen.Sample.Server.Sessions;

namespace EtProtocolGen.Sample.Server.Handlers;

/// <summary>Map: walks the player's unit to the clicked point and pushes the path back (<see cref="M2C_PathfindingResult"/>).</summary>
public sealed class PathfindingHandler : IMessageHandler<GameSession, C2M_PathfindingResult>
{
    private readonly MapWorld _map;

    /// <summary>Creates the handler.</summary>
    public PathfindingHandler(MapWorld map) => _map = map;

    /// <inheritdoc />
    public ValueTask HandleAsync(GameSession session, C2M_PathfindingResult message, CancellationToken cancellationToken)
    {
        // A one-way message has no response to carry an error: a player not in a map is simply ignored.
        if (session.Player is not { } player || _map.FindUnit(player.PlayerId) is not { } unit)
        {
            return default;
        }

        var target = new Vector3Info { X = message.X, Y = message.Y, Z = message.Z };
        var path = new M2C_PathfindingResult { UnitId = unit.UnitId, Position = target, Points = _map.Walk(unit, target) };
        return session.Connection.SendAsync(path, cancellationToken);
    }
}
