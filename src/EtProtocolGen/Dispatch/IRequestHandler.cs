using System.Threading;
using System.Threading.Tasks;

namespace EtProtocolGen
{
    /// <summary>
    /// Handles a request and returns its response. The generator finds every non-abstract class that implements this
    /// interface and routes <typeparamref name="TRequest"/> to it, after scope, decoding, authorization and validation passed.
    /// Dispatch copies the request's <see cref="IRequest.RpcId"/> onto the response; the handler sets only its content
    /// and, for a business failure, <see cref="IResponse.Error"/>.
    /// </summary>
    /// <typeparam name="TSession">The host's session type.</typeparam>
    /// <typeparam name="TRequest">The request type (a <see cref="MessageAttribute"/> type).</typeparam>
    /// <typeparam name="TResponse">The response type (a <see cref="MessageAttribute"/> type with a parameterless constructor).</typeparam>
    public interface IRequestHandler<in TSession, in TRequest, TResponse>
        where TSession : IProtocolSession
        where TRequest : IRequest
        where TResponse : IResponse
    {
        /// <summary>Handles one request. Complete synchronously when you can: dispatch then allocates only the response.</summary>
        /// <param name="session">The session the request came from.</param>
        /// <param name="request">The decoded, authorized and validated request.</param>
        /// <param name="cancellationToken">Canceled when the host stops processing the session.</param>
        /// <returns>The response; never null.</returns>
        ValueTask<TResponse> HandleAsync(TSession session, TRequest request, CancellationToken cancellationToken);
    }
}
