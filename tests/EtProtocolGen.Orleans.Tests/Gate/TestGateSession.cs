using System.Collections.Concurrent;
using EtProtocolGen.Orleans.Grains;
using EtProtocolGen.Orleans.Location;
using EtProtocolGen.Orleans.Tests.Map;

namespace EtProtocolGen.Orleans.Tests.Gate;

/// <summary>A client's session at a test gate: the identity the gate established, the unit it controls, what was pushed to it.</summary>
public sealed class TestGateSession : ILocatedSession
{
    /// <summary>Creates a session with <paramref name="identity"/> controlling <paramref name="unit"/> (or nothing).</summary>
    public TestGateSession(ProtocolIdentity identity, IUnitGrain? unit)
    {
        Identity = identity;
        Location = unit;
    }

    /// <inheritdoc />
    public IProtocolGrain? Location { get; }

    /// <inheritdoc />
    public ProtocolIdentity Identity { get; }

    /// <inheritdoc />
    public MessageScope Scope => MessageScope.Outer;

    /// <inheritdoc />
    public bool IsAuthenticated => Identity.IsAuthenticated;

    /// <summary>Messages delivered to the client, in order.</summary>
    public ConcurrentQueue<IWireMessage> Delivered { get; } = new();

    /// <inheritdoc />
    public bool IsInRole(string role) => Identity.IsInRole(role);

    /// <inheritdoc />
    public void Deliver(IWireMessage push) => Delivered.Enqueue(push);
}
