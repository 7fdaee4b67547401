using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Orleans.Grains;

namespace EtProtocolGen.Orleans.Location;

/// <summary>
/// The gate's handler of a one-way location message: forwards it to the grain of the session's entity (after the gate's own
/// generated checks passed) and delivers the pushes the entity's handler queued for the client. The gate waits for the
/// entity's reply before the client's next message, so one client's messages reach its entity in order. Declare one per
/// forwarded message: <c>public sealed class ForwardMove : LocationMessageForwarder&lt;GameSession, C2M_PathfindingResult&gt; { }</c>.
/// </summary>
/// <typeparam name="TSession">The gate's client session.</typeparam>
/// <typeparam name="TMessage">The message (an <see cref="ILocationMessage"/>).</typeparam>
public abstract class LocationMessageForwarder<TSession, TMessage> : IMessageHandler<TSession, TMessage>
    where TSession : ILocatedSession
    where TMessage : ILocationMessage, IWireMessage
{
    /// <inheritdoc />
    public async ValueTask HandleAsync(TSession session, TMessage message, CancellationToken cancellationToken)
    {
        // A one-way message has no response to carry an error: without an entity, or when it is unavailable, it is dropped.
        if (session.Location is not { } target)
        {
            return;
        }

        ProtocolReply reply = await target.ForwardAsync(session.Identity, ProtocolEnvelope.Of(message)).ConfigureAwait(false);
        foreach (IWireMessage push in reply.Pushes)
        {
            session.Deliver(push);
        }
    }
}
