using EtProtocolGen.Orleans.Grains;

namespace EtProtocolGen.Orleans.Location;

/// <summary>
/// A gate's client session that can forward location messages (<see cref="ILocationMessage"/>, <see cref="ILocationRequest"/>):
/// it knows the grain of the entity the client controls and the identity the gate established at login.
/// </summary>
public interface ILocatedSession : IProtocolSession
{
    /// <summary>The grain of the entity the client controls (its unit), or null while it has none.</summary>
    IProtocolGrain? Location { get; }

    /// <summary>The client's identity as the gate established it (account and roles from the server's store).</summary>
    ProtocolIdentity Identity { get; }

    /// <summary>Sends a message the entity's handler queued for the client (<see cref="ForwardedSession.Push"/>) on the client's connection.</summary>
    void Deliver(IWireMessage push);
}
