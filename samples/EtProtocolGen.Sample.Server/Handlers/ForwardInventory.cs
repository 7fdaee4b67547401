using EtProtocolGen.Orleans.Location;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Server.Sessions;

namespace EtProtocolGen.Sample.Server.Handlers;

/// <summary>Gate: <see cref="C2M_GetInventory"/> goes to the player's unit; before the player entered a map it gets <see cref="GameErrors.NotInMap"/>.</summary>
public sealed class ForwardInventory : LocationRequestForwarder<GameSession, C2M_GetInventory, M2C_Inventory>
{
    /// <inheritdoc />
    protected override int NoLocationError => GameErrors.NotInMap;
}
