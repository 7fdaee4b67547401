using EtProtocolGen.Orleans.Location;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Server.Sessions;

namespace EtProtocolGen.Sample.Server.Handlers;

/// <summary>
/// Gate: a click on the map (<see cref="C2M_PathfindingResult"/>, a location message) goes to the player's unit once the
/// gate's dispatcher accepted it; the path the unit pushes back is sent on the player's connection.
/// </summary>
public sealed class ForwardPathfinding : LocationMessageForwarder<GameSession, C2M_PathfindingResult>
{
}
