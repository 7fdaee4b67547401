using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Server.Services;
using EtProtocolGen.Sample.Server.Sessions;

namespace EtProtocolGen.Sample.Server.Handlers;

/// <summary>Gate: asks the map to create the player's unit (<see cref="G2M_CreateUnit"/>, an inner call).</summary>
public sealed class EnterMapHandler : IRequestHandler<GameSession, C2G_EnterMap, G2C_EnterMap>
{
    private readonly InnerBus _inner;

    /// <summary>Creates the handler.</summary>
    public EnterMapHandler(InnerBus inner) => _inner = inner;

    /// <inheritdoc />
    public async ValueTask<G2C_EnterMap> HandleAsync(GameSession session, C2G_EnterMap request, CancellationToken cancellationToken)
    {
        // [Authorize] on C2G_EnterMap: dispatch only calls this for an authenticated session.
        PlayerIdentity player = session.Player!;
        M2G_CreateUnit created = await _inner.CallAsync<G2M_CreateUnit, M2G_CreateUnit>(
            new G2M_CreateUnit { PlayerId = player.PlayerId, MapId = request.MapId }, cancellationToken);
        if (created.Error != ErrorCodes.Success)
        {
            return new G2C_EnterMap { Error = created.Error };
        }

        session.UnitId = created.UnitId;
        return new G2C_EnterMap { UnitId = created.UnitId, Position = created.Position };
    }
}
