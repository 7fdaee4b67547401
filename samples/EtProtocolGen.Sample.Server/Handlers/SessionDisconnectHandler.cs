using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Server.Services;
using EtProtocolGen.Sample.Server.Sessions;

namespace EtProtocolGen.Sample.Server.Handlers;

/// <summary>Map, inner: removes the unit of a player whose connection closed.</summary>
public sealed class SessionDisconnectHandler : IMessageHandler<InnerSession, G2M_SessionDisconnect>
{
    private readonly MapWorld _map;

    /// <summary>Creates the handler.</summary>
    public SessionDisconnectHandler(MapWorld map) => _map = map;

    /// <inheritdoc />
    public ValueTask HandleAsync(InnerSession session, G2M_SessionDisconnect message, CancellationToken cancellationToken)
    {
        _map.RemoveUnit(message.PlayerId, message.UnitId);
        return default;
    }
}
