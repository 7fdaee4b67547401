using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Map.Units;
using EtProtocolGen.Sample.Protocol;

namespace EtProtocolGen.Sample.Map.Handlers;

/// <summary>Inner, from the gate: the player's connection closed; the unit leaves the map (it keeps its items).</summary>
public sealed class SessionDisconnectHandler : IMessageHandler<UnitSession, G2M_SessionDisconnect>
{
    /// <inheritdoc />
    public async ValueTask HandleAsync(UnitSession session, G2M_SessionDisconnect message, CancellationToken cancellationToken)
    {
        if (session.State.UnitId == message.UnitId && session.State.InMap)
        {
            session.State.InMap = false;
            await session.Unit.SaveAsync();
        }
    }
}
