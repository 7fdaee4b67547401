using System;
using System.Threading.Tasks;
using Orleans.Runtime;

namespace EtProtocolGen.Orleans.Grains;

/// <summary>Typed calls to an entity's grain: encode, forward with an identity, decode the typed response.</summary>
public static class ProtocolGrainExtensions
{
    /// <summary>
    /// Sends <paramref name="request"/> to the entity as <paramref name="caller"/> and returns its typed response with the
    /// request's RpcId. A refusal at the target comes back as an error response with its <see cref="ErrorCodes"/> value; a
    /// target that does not answer within Orleans' response timeout, or whose silo went away, as <see cref="ErrorCodes.Unavailable"/>.
    /// Never throws for either.
    /// </summary>
    /// <example><c>M2G_CreateUnit created = await grains.GetGrain&lt;IUnitGrain&gt;(unitId).CallAsync&lt;M2G_CreateUnit&gt;(request, ProtocolIdentity.Server("gate", "server"));</c></example>
    public static async Task<TResponse> CallAsync<TResponse>(this IProtocolGrain grain, IRequest request, ProtocolIdentity caller)
        where TResponse : class, IResponse, new()
    {
        ArgumentNullException.ThrowIfNull(grain);
        ArgumentNullException.ThrowIfNull(request);
        ProtocolReply reply = await ForwardAsync(grain, caller, Envelope(request)).ConfigureAwait(false);
        return reply.ToResponse<TResponse>(request.RpcId);
    }

    /// <summary>
    /// Sends a one-way <paramref name="message"/> to the entity as <paramref name="caller"/> and returns the target's reply
    /// (its status, and pushes its handler queued). Never throws for a refusal or an unavailable target.
    /// </summary>
    public static Task<ProtocolReply> SendAsync(this IProtocolGrain grain, IMessage message, ProtocolIdentity caller)
    {
        ArgumentNullException.ThrowIfNull(grain);
        ArgumentNullException.ThrowIfNull(message);
        return ForwardAsync(grain, caller, Envelope(message));
    }

    /// <summary>
    /// Forwards an encoded message. A call that times out (Orleans' <c>ResponseTimeout</c>) or whose target silo died or
    /// rejected it ends in <see cref="ProtocolReply.Unavailable"/>: the caller gets a clear code, never a hang.
    /// </summary>
    public static async Task<ProtocolReply> ForwardAsync(this IProtocolGrain grain, ProtocolIdentity caller, ProtocolEnvelope message)
    {
        ArgumentNullException.ThrowIfNull(grain);
        try
        {
            return await grain.DispatchAsync(caller, message).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            return ProtocolReply.Unavailable;
        }
    }

    private static ProtocolEnvelope Envelope(IMessage message) =>
        ProtocolEnvelope.Of(message as IWireMessage ?? throw new ArgumentException(message.GetType().Name + " is not a generated message.", nameof(message)));

    private static bool IsUnavailable(Exception exception) =>
        exception is TimeoutException or SiloUnavailableException or OrleansMessageRejectionException;
}
