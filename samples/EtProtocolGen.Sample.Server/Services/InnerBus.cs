using System;
using System.Buffers;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Protocol.Generated;
using EtProtocolGen.Sample.Server.Generated;
using EtProtocolGen.Sample.Server.Sessions;

namespace EtProtocolGen.Sample.Server.Services;

/// <summary>
/// Server-to-server calls between the sample's realm, gate and map, which share one process. Every call is encoded,
/// dispatched by the generated <see cref="InnerDispatcher"/> as it would be on an inner connection (scope, decode,
/// authorization and validation all apply), and the response is encoded and decoded back.
/// </summary>
public sealed class InnerBus
{
    private readonly InnerDispatcher _dispatcher;
    private readonly DispatchCounters _counters;
    private readonly InnerSession _peer = new("in-process peer");

    /// <summary>Creates the bus over the generated inner dispatcher.</summary>
    public InnerBus(InnerDispatcher dispatcher, DispatchCounters counters)
    {
        _dispatcher = dispatcher ?? throw new ArgumentNullException(nameof(dispatcher));
        _counters = counters ?? throw new ArgumentNullException(nameof(counters));
    }

    /// <summary>Sends an inner request and returns its response (which may carry an error code).</summary>
    public async Task<TResponse> CallAsync<TRequest, TResponse>(TRequest request, CancellationToken cancellationToken)
        where TRequest : IRequest, IWireMessage
        where TResponse : class, IResponse, IWireMessage
    {
        DispatchResult result = await DispatchAsync(request, cancellationToken).ConfigureAwait(false);
        if (result.Response is null)
        {
            throw new InvalidOperationException("Inner request " + typeof(TRequest).Name + " got no response: " + result);
        }

        var encoded = new ArrayBufferWriter<byte>();
        result.Response.WriteTo(encoded);
        if (!ProtocolRegistry.TryParse(result.Response.MessageOpcode, encoded.WrittenSpan, out IWireMessage? decoded, out ProtocolError error)
            || decoded is not TResponse response)
        {
            throw new InvalidOperationException("Inner response to " + typeof(TRequest).Name + " did not decode: " + error);
        }

        return response;
    }

    /// <summary>Sends a one-way inner message.</summary>
    public async Task SendAsync<TMessage>(TMessage message, CancellationToken cancellationToken)
        where TMessage : IMessage, IWireMessage
    {
        DispatchResult result = await DispatchAsync(message, cancellationToken).ConfigureAwait(false);
        if (!result.IsHandled)
        {
            throw new InvalidOperationException("Inner message " + typeof(TMessage).Name + " was not handled: " + result, result.Exception);
        }
    }

    private async ValueTask<DispatchResult> DispatchAsync(IWireMessage message, CancellationToken cancellationToken)
    {
        var encoded = new ArrayBufferWriter<byte>();
        message.WriteTo(encoded);
        DispatchResult result = await _dispatcher.DispatchAsync(_peer, message.MessageOpcode, encoded.WrittenSpan, cancellationToken).ConfigureAwait(false);
        _counters.Count(result, MessageScope.Inner);
        return result;
    }
}
