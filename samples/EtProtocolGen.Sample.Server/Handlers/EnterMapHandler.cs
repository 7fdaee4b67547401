using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Orleans.Grains;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Protocol.Generated;
using EtProtocolGen.Sample.Server.Services;
using EtProtocolGen.Sample.Server.Sessions;

namespace EtProtocolGen.Sample.Server.Handlers;

/// <summary>
/// Gate: asks the player's unit to enter the map (<see cref="G2M_CreateUnit"/>, an inner call with the gate's server identity)
/// and, once it did, sends the player's location messages to it. The unit's id is the player's, as in ET.
/// </summary>
public sealed class EnterMapHandler : IRequestHandler<GameSession, C2G_EnterMap, G2C_EnterMap>
{
    private readonly IServerDirectory _servers;

    /// <summary>Creates the handler.</summary>
    public EnterMapHandler(IServerDirectory servers) => _servers = servers;

    /// <inheritdoc />
    public async ValueTask<G2C_EnterMap> HandleAsync(GameSession session, C2G_EnterMap request, CancellationToken cancellationToken)
    {
        // [Authorize] on C2G_EnterMap: dispatch only calls this for an authenticated session.
        PlayerIdentity player = session.Player!;
        IProtocolGrain unit = _servers.Unit(player.PlayerId);
        M2G_CreateUnit created = await unit.As(_servers.Self).CallAsync(new G2M_CreateUnit { PlayerId = player.PlayerId, MapId = request.MapId }, cancellationToken);
        if (created.Error != ErrorCodes.Success)
        {
            return new G2C_EnterMap { Error = created.Error };
        }

        session.EnterMap(created.UnitId, unit);
        return new G2C_EnterMap { UnitId = created.UnitId, Position = created.Position };
    }
}
