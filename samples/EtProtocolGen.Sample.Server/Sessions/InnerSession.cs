using System;
using EtProtocolGen.Sample.Protocol;

namespace EtProtocolGen.Sample.Server.Sessions;

/// <summary>
/// A trusted server peer (Inner scope). In the sample, realm, gate and map run in one process and call each other through
/// <see cref="Services.InnerBus"/>; in a real deployment this would be the session of an authenticated inner connection.
/// </summary>
public sealed class InnerSession : IProtocolSession
{
    /// <summary>Creates the session of the peer named <paramref name="peer"/>.</summary>
    public InnerSession(string peer) => Peer = peer ?? throw new ArgumentNullException(nameof(peer));

    /// <summary>The calling server, for logs.</summary>
    public string Peer { get; }

    /// <inheritdoc />
    public MessageScope Scope => MessageScope.Inner;

    /// <inheritdoc />
    public bool IsAuthenticated => true;

    /// <inheritdoc />
    public bool IsInRole(string role) => string.Equals(role, Roles.Server, StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Peer;
}
