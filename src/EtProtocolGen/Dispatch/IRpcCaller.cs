using System;
using System.Threading;
using System.Threading.Tasks;

namespace EtProtocolGen
{
    /// <summary>
    /// Something a request can be sent to for its typed response: <see cref="RpcClient"/> (a connection), or, in
    /// EtProtocolGen.Orleans, an entity's grain called with an identity. The generated <c>ProtocolClientExtensions</c> give
    /// every request with a <see cref="ResponseTypeAttribute"/> a typed <c>caller.CallAsync(request)</c> on this interface.
    /// </summary>
    public interface IRpcCaller
    {
        /// <summary>Sends <paramref name="request"/> and waits for its response with the caller's default timeout.</summary>
        Task<TResponse> CallAsync<TRequest, TResponse>(TRequest request, CancellationToken cancellationToken = default)
            where TRequest : IRequest, IWireMessage
            where TResponse : IResponse;

        /// <summary>
        /// Sends <paramref name="request"/> and waits up to <paramref name="timeout"/> for its response. A response whose
        /// <see cref="IResponse.Error"/> is not 0 still completes the task: check it. What a timeout does is the caller's to say
        /// (<see cref="RpcClient"/> fails the task with <see cref="TimeoutException"/>).
        /// </summary>
        Task<TResponse> CallAsync<TRequest, TResponse>(TRequest request, TimeSpan timeout, CancellationToken cancellationToken = default)
            where TRequest : IRequest, IWireMessage
            where TResponse : IResponse;
    }
}
