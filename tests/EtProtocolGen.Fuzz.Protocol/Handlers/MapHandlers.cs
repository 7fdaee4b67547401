using System.Threading;
using System.Threading.Tasks;

namespace EtProtocolGen.Fuzz.Protocol
{
    public sealed class UnitHandler : IMessageHandler<FuzzSession, M2C_CreateUnits>, IMessageHandler<FuzzSession, M2C_PathfindingResult>
    {
        private readonly HandlerProbe _probe;

        public UnitHandler(HandlerProbe probe) => _probe = probe;

        public ValueTask HandleAsync(FuzzSession session, M2C_CreateUnits message, CancellationToken cancellationToken)
        {
            _probe.Called(M2C_CreateUnits.Opcode);
            return default;
        }

        public ValueTask HandleAsync(FuzzSession session, M2C_PathfindingResult message, CancellationToken cancellationToken)
        {
            _probe.Called(M2C_PathfindingResult.Opcode);
            return default;
        }
    }

    public sealed class InventoryHandler :
        IMessageHandler<FuzzSession, M2C_Inventory>,
        IRequestHandler<FuzzSession, C2M_UseItem, M2C_UseItem>
    {
        private readonly HandlerProbe _probe;

        public InventoryHandler(HandlerProbe probe) => _probe = probe;

        public ValueTask HandleAsync(FuzzSession session, M2C_Inventory message, CancellationToken cancellationToken)
        {
            _probe.Called(M2C_Inventory.Opcode);
            return default;
        }

        public ValueTask<M2C_UseItem> HandleAsync(FuzzSession session, C2M_UseItem request, CancellationToken cancellationToken)
        {
            _probe.Called(C2M_UseItem.Opcode);
            return new ValueTask<M2C_UseItem>(new M2C_UseItem { Item = new ItemInfo { ItemId = request.ItemId, Count = request.Count } });
        }
    }

    /// <summary>Handles the inner message: only an inner dispatcher may route to it.</summary>
    public sealed class GrantHandler : IMessageHandler<FuzzSession, S2M_GrantItem>
    {
        private readonly HandlerProbe _probe;

        public GrantHandler(HandlerProbe probe) => _probe = probe;

        public ValueTask HandleAsync(FuzzSession session, S2M_GrantItem message, CancellationToken cancellationToken)
        {
            _probe.Called(S2M_GrantItem.Opcode);
            return default;
        }
    }
}
