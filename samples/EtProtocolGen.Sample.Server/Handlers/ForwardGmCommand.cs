using EtProtocolGen.Orleans.Location;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Server.Sessions;

namespace EtProtocolGen.Sample.Server.Handlers;

/// <summary>
/// Gate: a GM command goes to the GM's unit. The gate's dispatcher has checked <c>[Authorize(Roles = "gm")]</c> against the
/// session's server-side roles before this runs; the unit's dispatcher checks it again against the roles the gate forwards.
/// </summary>
public sealed class ForwardGmCommand : LocationRequestForwarder<GameSession, C2M_GmCommand, M2C_GmCommand>
{
    /// <inheritdoc />
    protected override int NoLocationError => GameErrors.NotInMap;
}
