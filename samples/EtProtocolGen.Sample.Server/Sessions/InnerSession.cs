using EtProtocolGen.Orleans.Grains;

namespace EtProtocolGen.Sample.Server.Sessions;

/// <summary>
/// A trusted server peer (Inner scope): the realm asking the gate for a login key. In the one-process server the call goes
/// through <see cref="Services.InnerBus"/>; in the scaled-out sample it reaches the gate's grain (<see cref="Cluster.GateGrain"/>),
/// with the identity the calling silo sent.
/// </summary>
public sealed class InnerSession : ForwardedSession
{
    /// <summary>Creates the session of the server <paramref name="caller"/>.</summary>
    public InnerSession(ProtocolIdentity caller)
        : base(caller, 0)
    {
    }

    /// <summary>The calling server, for logs.</summary>
    public string Peer => Caller.Account ?? "";
}
