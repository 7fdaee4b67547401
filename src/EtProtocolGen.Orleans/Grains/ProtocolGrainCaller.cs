using System;
using System.Threading;
using System.Threading.Tasks;

namespace EtProtocolGen.Orleans.Grains;

/// <summary>
/// An entity's grain called as one identity (<see cref="ProtocolGrainExtensions.As"/>): requests go through
/// <see cref="ProtocolGrainExtensions.ForwardAsync"/> and come back as the typed response with the request's RpcId. A refusal
/// at the target is an error response with its <see cref="ErrorCodes"/> value; a target that does not answer within the
/// timeout (or Orleans' response timeout), whose silo went away, or that no active silo can host, is an error response with
/// <see cref="ErrorCodes.Unavailable"/>. Never throws for either; cancellation cancels the wait.
/// </summary>
public sealed class ProtocolGrainCaller : IRpcCaller
{
    /// <summary>The timeout when none is given: Orleans' own response timeout applies.</summary>
    public static readonly TimeSpan DefaultTimeout = Timeout.InfiniteTimeSpan;

    private readonly IProtocolGrain _grain;
    private readonly ProtocolIdentity _caller;

    /// <summary>Calls <paramref name="grain"/> as <paramref name="caller"/>.</summary>
    public ProtocolGrainCaller(IProtocolGrain grain, ProtocolIdentity caller)
    {
        _grain = grain ?? throw new ArgumentNullException(nameof(grain));
        _caller = caller ?? throw new ArgumentNullException(nameof(caller));
    }

    /// <inheritdoc />
    public Task<TResponse> CallAsync<TRequest, TResponse>(TRequest request, CancellationToken cancellationToken = default)
        where TRequest : IRequest, IWireMessage
        where TResponse : IResponse =>
        CallAsync<TRequest, TResponse>(request, DefaultTimeout, cancellationToken);

    /// <inheritdoc />
    public async Task<TResponse> CallAsync<TRequest, TResponse>(TRequest request, TimeSpan timeout, CancellationToken cancellationToken = default)
        where TRequest : IRequest, IWireMessage
        where TResponse : IResponse
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        ProtocolReply reply;
        try
        {
            reply = await _grain.ForwardAsync(_caller, ProtocolEnvelope.Of(request)).WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            reply = ProtocolReply.Unavailable;
        }

        return reply.ToResponse<TResponse>(request.RpcId);
    }
}
