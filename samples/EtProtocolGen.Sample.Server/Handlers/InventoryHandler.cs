using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Server.Services;
using EtProtocolGen.Sample.Server.Sessions;

namespace EtProtocolGen.Sample.Server.Handlers;

/// <summary>Map: the items in one of the player's bags.</summary>
public sealed class InventoryHandler : IRequestHandler<GameSession, C2M_GetInventory, M2C_Inventory>
{
    private readonly MapWorld _map;

    /// <summary>Creates the handler.</summary>
    public InventoryHandler(MapWorld map) => _map = map;

    /// <inheritdoc />
    public ValueTask<M2C_Inventory> HandleAsync(GameSession session, C2M_GetInventory request, CancellationToken cancellationToken)
    {
        PlayerIdentity player = session.Player!;
        if (_map.FindUnit(player.PlayerId) is null)
        {
            return new ValueTask<M2C_Inventory>(new M2C_Inventory { Error = GameErrors.NotInMap });
        }

        return new ValueTask<M2C_Inventory>(new M2C_Inventory { Items = _map.GetItems(player.PlayerId, request.Bag) });
    }
}
