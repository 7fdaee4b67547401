using System;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Server.Services;
using EtProtocolGen.Sample.Server.Sessions;

namespace EtProtocolGen.Sample.Server.Handlers;

/// <summary>
/// Map: runs a GM command. <c>[Authorize(Roles = "gm")]</c> on <see cref="C2M_GmCommand"/> means dispatch calls this only for
/// sessions the account store put in the gm role; there is no role check to forget here.
/// </summary>
public sealed class GmCommandHandler : IRequestHandler<GameSession, C2M_GmCommand, M2C_GmCommand>
{
    /// <summary>The one command the sample knows: give items.</summary>
    public const string AddItem = "additem";

    private readonly MapWorld _map;

    /// <summary>Creates the handler.</summary>
    public GmCommandHandler(MapWorld map) => _map = map;

    /// <inheritdoc />
    public ValueTask<M2C_GmCommand> HandleAsync(GameSession session, C2M_GmCommand request, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.Command, AddItem, StringComparison.Ordinal))
        {
            return new ValueTask<M2C_GmCommand>(new M2C_GmCommand { Error = GameErrors.UnknownGmCommand });
        }

        if (!_map.TryAddItem(session.Player!.PlayerId, request.ConfigId, request.Count, out long itemId))
        {
            return new ValueTask<M2C_GmCommand>(new M2C_GmCommand { Error = GameErrors.BagFull });
        }

        return new ValueTask<M2C_GmCommand>(new M2C_GmCommand { ItemId = itemId });
    }
}
