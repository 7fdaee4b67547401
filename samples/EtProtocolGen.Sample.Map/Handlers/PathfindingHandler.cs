using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Map.Units;
using EtProtocolGen.Sample.Protocol;

namespace EtProtocolGen.Sample.Map.Handlers;

/// <summary>Walks the unit to the clicked point and pushes the path to its player (<see cref="M2C_PathfindingResult"/>).</summary>
public sealed class PathfindingHandler : IMessageHandler<UnitSession, C2M_PathfindingResult>
{
    /// <inheritdoc />
    public async ValueTask HandleAsync(UnitSession session, C2M_PathfindingResult message, CancellationToken cancellationToken)
    {
        // A one-way message has no response to carry an error: a unit not in a map ignores it.
        if (!session.State.InMap)
        {
            return;
        }

        var target = new Vector3Info { X = message.X, Y = message.Y, Z = message.Z };
        var path = new M2C_PathfindingResult { UnitId = session.State.UnitId, Position = target, Points = MapRules.Walk(session.State, target) };
        await session.Unit.SaveAsync();

        // Travels back with the reply; the gate sends it on the player's connection.
        session.Push(path);
    }
}
