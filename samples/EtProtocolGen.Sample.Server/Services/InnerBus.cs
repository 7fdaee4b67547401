using System;
using System.Buffers;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Orleans.Grains;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Protocol.Generated;
using EtProtocolGen.Sample.Server.Generated;
using EtProtocolGen.Sample.Server.Sessions;

namespace EtProtocolGen.Sample.Server.Services;

/// <summary>
/// Server-to-server calls to the gate when realm and gate share one process. Every call is encoded, dispatched by the
/// generated <see cref="InnerDispatcher"/> as it would be on an inner connection (scope, decode, authorization and validation
/// all apply), and the response is encoded and decoded back. An <see cref="IRpcCaller"/>: the generated typed
/// <c>CallAsync(request)</c> overloads work on it.
/// </summary>
public sealed class InnerBus : IRpcCaller
{
    private readonly InnerDispatcher _dispatcher;
    private readonly DispatchCounters _counters;
    private readonly InnerSession _peer = new(ProtocolIdentity.Server("in-process peer", Roles.Server));

    /// <summary>Creates the bus over the generated inner dispatcher.</summary>
    public InnerBus(InnerDispatcher dispatcher, DispatchCounters counters)
    {
        _dispatcher = dispatcher ?? throw new ArgumentNullException(nameof(dispatcher));
        _counters = counters ?? throw new ArgumentNullException(nameof(counters));
    }

    /// <inheritdoc />
    public Task<TResponse> CallAsync<TRequest, TResponse>(TRequest request, CancellationToken cancellationToken = default)
        where TRequest : IRequest, IWireMessage
        where TResponse : IResponse =>
        CallAsync<TRequest, TResponse>(request, Timeout.InfiniteTimeSpan, cancellationToken);

    /// <inheritdoc />
    public Task<TResponse> CallAsync<TRequest, TResponse>(TRequest request, TimeSpan timeout, CancellationToken cancellationToken = default)
        where TRequest : IRequest, IWireMessage
        where TResponse : IResponse =>
        DispatchAsync<TResponse>(request, cancellationToken).WaitAsync(timeout, cancellationToken);

    private async Task<TResponse> DispatchAsync<TResponse>(IWireMessage message, CancellationToken cancellationToken)
        where TResponse : IResponse
    {
        var encoded = new ArrayBufferWriter<byte>();
        message.WriteTo(encoded);
        DispatchResult result = await _dispatcher.DispatchAsync(_peer, message.MessageOpcode, encoded.WrittenSpan, cancellationToken).ConfigureAwait(false);
        _counters.Count(result, MessageScope.Inner);
        if (result.Response is null)
        {
            throw new InvalidOperationException("Inner request " + message.GetType().Name + " got no response: " + result);
        }

        encoded.Clear();
        result.Response.WriteTo(encoded);
        if (!ProtocolRegistry.TryParse(result.Response.MessageOpcode, encoded.WrittenSpan, out IWireMessage? decoded, out ProtocolError error)
            || decoded is not TResponse response)
        {
            throw new InvalidOperationException("Inner response to " + message.GetType().Name + " did not decode: " + error);
        }

        return response;
    }
}
