using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Server.Services;
using EtProtocolGen.Sample.Server.Sessions;

namespace EtProtocolGen.Sample.Server.Handlers;

/// <summary>Gate, inner: issues a one-time login key for the realm.</summary>
public sealed class GetLoginKeyHandler : IRequestHandler<InnerSession, R2G_GetLoginKey, G2R_GetLoginKey>
{
    /// <summary>The sample's only gate.</summary>
    public const int GateId = 1;

    private readonly GateKeys _keys;

    /// <summary>Creates the handler.</summary>
    public GetLoginKeyHandler(GateKeys keys) => _keys = keys;

    /// <inheritdoc />
    public ValueTask<G2R_GetLoginKey> HandleAsync(InnerSession session, R2G_GetLoginKey request, CancellationToken cancellationToken) =>
        new(_keys.TryIssue(request.Account, out long key)
            ? new G2R_GetLoginKey { Key = key, GateId = GateId }
            : new G2R_GetLoginKey { Error = GameErrors.GateBusy });
}
