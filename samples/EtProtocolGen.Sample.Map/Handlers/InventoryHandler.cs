using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Map.Units;
using EtProtocolGen.Sample.Protocol;

namespace EtProtocolGen.Sample.Map.Handlers;

/// <summary>The items in one of the unit's bags.</summary>
public sealed class InventoryHandler : IRequestHandler<UnitSession, C2M_GetInventory, M2C_Inventory>
{
    /// <inheritdoc />
    public ValueTask<M2C_Inventory> HandleAsync(UnitSession session, C2M_GetInventory request, CancellationToken cancellationToken) =>
        new(session.State.InMap
            ? new M2C_Inventory { Items = MapRules.GetItems(session.State, request.Bag) }
            : new M2C_Inventory { Error = GameErrors.NotInMap });
}
