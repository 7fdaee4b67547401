using System;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Map.Units;
using EtProtocolGen.Sample.Protocol;

namespace EtProtocolGen.Sample.Map.Handlers;

/// <summary>
/// Runs a GM command on the GM's own unit. <c>[Authorize(Roles = "gm")]</c> on <see cref="C2M_GmCommand"/> is checked by the
/// gate before it forwards the command and again here, against the roles the gate forwarded: there is no role check to forget.
/// </summary>
public sealed class GmCommandHandler : IRequestHandler<UnitSession, C2M_GmCommand, M2C_GmCommand>
{
    /// <summary>The one command the sample knows: give items.</summary>
    public const string AddItem = "additem";

    /// <inheritdoc />
    public async ValueTask<M2C_GmCommand> HandleAsync(UnitSession session, C2M_GmCommand request, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.Command, AddItem, StringComparison.Ordinal))
        {
            return new M2C_GmCommand { Error = GameErrors.UnknownGmCommand };
        }

        if (!MapRules.TryAddItem(session.State, request.ConfigId, request.Count, out long itemId))
        {
            return new M2C_GmCommand { Error = GameErrors.BagFull };
        }

        await session.Unit.SaveAsync();
        return new M2C_GmCommand { ItemId = itemId };
    }
}
