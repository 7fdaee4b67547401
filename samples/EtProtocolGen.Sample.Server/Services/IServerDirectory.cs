using EtProtocolGen.Orleans.Grains;

namespace EtProtocolGen.Sample.Server.Services;

/// <summary>
/// Where this server's calls to other servers go: the gate (from the realm) and the map's units (from the gate). In one
/// process, <see cref="LocalDirectory"/>: the inner bus and the in-process map; scaled out, <see cref="ClusterDirectory"/>:
/// grains on the gate and map silos. The handlers are the same in both.
/// </summary>
public interface IServerDirectory
{
    /// <summary>The identity this server calls others with (Inner scope, role <c>server</c>).</summary>
    ProtocolIdentity Self { get; }

    /// <summary>The gate, for inner requests: <c>await directory.Gate.CallAsync(new R2G_GetLoginKey { ... })</c> (the generated typed overload).</summary>
    IRpcCaller Gate { get; }

    /// <summary>The unit with <paramref name="unitId"/>: <c>await directory.Unit(id).As(directory.Self).CallAsync(new G2M_CreateUnit { ... })</c>.</summary>
    IProtocolGrain Unit(long unitId);
}
