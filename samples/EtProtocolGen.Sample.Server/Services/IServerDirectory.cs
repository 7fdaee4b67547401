using System.Threading;
using System.Threading.Tasks;
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

    /// <summary>The unit with <paramref name="unitId"/>: <c>directory.Unit(id).CallAsync&lt;M2G_CreateUnit&gt;(request, directory.Self)</c>.</summary>
    IProtocolGrain Unit(long unitId);

    /// <summary>Sends an inner request to the gate and returns its typed response (which may carry an error code).</summary>
    Task<TResponse> CallGateAsync<TResponse>(IRequest request, CancellationToken cancellationToken)
        where TResponse : class, IResponse, new();
}
