using System;
using System.Collections.Generic;

namespace EtProtocolGen.Orleans.Grains;

/// <summary>
/// The session a <see cref="ProtocolGrain{TSession}"/> dispatches with: the entity's id and the <see cref="ProtocolIdentity"/> the
/// forwarding server sent. Its <see cref="Scope"/>, authentication and roles are the caller's, so the target's generated
/// dispatch refuses what the caller could not send directly (an inner opcode from a client, a gm command from a player).
/// Handlers of entity messages take it (or a type derived from it) as their session.
/// </summary>
public class ForwardedSession : IProtocolSession
{
    private List<IWireMessage>? _pushes;

    /// <summary>Creates the session of one forwarded message to entity <paramref name="entityId"/>.</summary>
    public ForwardedSession(ProtocolIdentity caller, long entityId)
    {
        Caller = caller ?? throw new ArgumentNullException(nameof(caller));
        EntityId = entityId;
    }

    /// <summary>Who sent the message, as the forwarding server established it.</summary>
    public ProtocolIdentity Caller { get; }

    /// <summary>The id of the entity (the grain's key) the message is addressed to.</summary>
    public long EntityId { get; }

    /// <inheritdoc />
    public MessageScope Scope => Caller.Scope;

    /// <inheritdoc />
    public bool IsAuthenticated => Caller.IsAuthenticated;

    /// <inheritdoc />
    public bool IsInRole(string role) => Caller.IsInRole(role);

    /// <summary>
    /// Queues a message for the caller's client (for example the path a unit walks): it travels back with the reply and
    /// the forwarding gate sends it on the client's connection.
    /// </summary>
    public void Push(IWireMessage message) => (_pushes ??= new List<IWireMessage>()).Add(message ?? throw new ArgumentNullException(nameof(message)));

    /// <summary>The pushes queued while the message was handled, or null.</summary>
    internal IWireMessage[]? TakePushes()
    {
        IWireMessage[]? pushes = _pushes?.ToArray();
        _pushes = null;
        return pushes;
    }

    /// <inheritdoc />
    public override string ToString() => Caller + " -> entity " + EntityId;
}
