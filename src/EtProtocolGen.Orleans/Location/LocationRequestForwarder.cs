using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Orleans.Grains;

namespace EtProtocolGen.Orleans.Location;

/// <summary>
/// The gate's handler of a location request: forwards it to the grain of the session's entity and relays the response with
/// the client's own RpcId. The gate's generated dispatcher calls it only after its own checks passed (scope, decoding within
/// limits, authorization, validation), so the gate forwards only what the client may send; the target's dispatcher checks
/// again with the forwarded identity. Declare one per forwarded request:
/// <c>public sealed class ForwardGetInventory : LocationRequestForwarder&lt;GameSession, C2M_GetInventory, M2C_Inventory&gt; { }</c>.
/// </summary>
/// <typeparam name="TSession">The gate's client session.</typeparam>
/// <typeparam name="TRequest">The request (an <see cref="ILocationRequest"/>).</typeparam>
/// <typeparam name="TResponse">Its response.</typeparam>
public abstract class LocationRequestForwarder<TSession, TRequest, TResponse> : IRequestHandler<TSession, TRequest, TResponse>
    where TSession : ILocatedSession
    where TRequest : ILocationRequest, IWireMessage
    where TResponse : class, IResponse, new()
{
    /// <summary>The error a request gets while the session has no entity (default <see cref="ErrorCodes.Unavailable"/>).</summary>
    protected virtual int NoLocationError => ErrorCodes.Unavailable;

    /// <inheritdoc />
    public async ValueTask<TResponse> HandleAsync(TSession session, TRequest request, CancellationToken cancellationToken)
    {
        int rpcId = request.RpcId;
        if (session.Location is not { } target)
        {
            return DispatchSteps.ErrorResponse<TResponse>(rpcId, NoLocationError);
        }

        ProtocolReply reply = await target.ForwardAsync(session.Identity, ProtocolEnvelope.Of(request)).ConfigureAwait(false);
        foreach (IWireMessage push in reply.Pushes)
        {
            session.Deliver(push);
        }

        return reply.ToResponse<TResponse>(rpcId);
    }
}
