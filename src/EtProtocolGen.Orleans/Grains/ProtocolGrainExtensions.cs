using System;
using System.Threading.Tasks;
using Orleans.Runtime;

namespace EtProtocolGen.Orleans.Grains;

/// <summary>Calls to an entity's grain: encode, forward with an identity, get the reply; typed through <see cref="As"/>.</summary>
public static class ProtocolGrainExtensions
{
    /// <summary>
    /// The entity as an <see cref="IRpcCaller"/> for <paramref name="caller"/>: the generated typed overloads then work on it,
    /// <c>M2G_CreateUnit created = await unit.As(ProtocolIdentity.Server("gate", "server")).CallAsync(new G2M_CreateUnit { ... });</c>.
    /// </summary>
    public static IRpcCaller As(this IProtocolGrain grain, ProtocolIdentity caller) => new ProtocolGrainCaller(grain, caller);

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
    /// Forwards an encoded message. A call that times out (Orleans' <c>ResponseTimeout</c>), whose target silo died or
    /// rejected it, or that no active silo can host (Orleans' placement found none) ends in <see cref="ProtocolReply.Unavailable"/>: the caller gets a clear code, never a hang. The envelope
    /// of a request or a one-way message and <see cref="SendAsync"/> or <see cref="As"/> build it.
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
        exception is TimeoutException or SiloUnavailableException or OrleansMessageRejectionException || IsNoSiloHostsTarget(exception);

    // Orleans' placement throws a plain OrleansException when no active silo hosts the target's grain type: no map silo
    // has joined yet, or the last one is leaving. The entity cannot be reached until one joins, as with a dead silo; any
    // other OrleansException (a missing codec or grain interface: configuration, not availability) still throws.
    private static bool IsNoSiloHostsTarget(Exception exception) =>
        exception.GetType() == typeof(OrleansException)
        && exception.Message.StartsWith("No active nodes are compatible with grain", StringComparison.Ordinal);
}
