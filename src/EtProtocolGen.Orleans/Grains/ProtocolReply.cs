using System;
using System.Collections.Generic;
using Orleans;

namespace EtProtocolGen.Orleans.Grains;

/// <summary>
/// What an entity's grain did with a forwarded message: the target's <see cref="DispatchStatus"/> and error code, the
/// response (for a request that decoded), and the pushes its handler queued for the client. Messages in it travel as
/// protobuf bytes through <see cref="Serialization.ProtocolMessageCodec"/> and are decoded within their limits on arrival.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("EtProtocolGen.Orleans.ProtocolReply")]
public sealed class ProtocolReply
{
    /// <summary>The target did not answer within the call's timeout, or its silo went away: <see cref="ErrorCodes.Unavailable"/>.</summary>
    public static readonly ProtocolReply Unavailable = new(DispatchStatus.HandlerFailed, ErrorCodes.Unavailable, null, null);

    [Id(0)]
    private readonly DispatchStatus _status;

    [Id(1)]
    private readonly int _errorCode;

    [Id(2)]
    private readonly IWireMessage? _response;

    [Id(3)]
    private readonly IWireMessage[]? _pushes;

    /// <summary>Creates a reply.</summary>
    public ProtocolReply(DispatchStatus status, int errorCode, IWireMessage? response, IWireMessage[]? pushes)
    {
        _status = status;
        _errorCode = errorCode;
        _response = response;
        _pushes = pushes;
    }

    /// <summary>
    /// The reply to a forwarded message that <paramref name="session"/>'s dispatch ended with <paramref name="result"/>: its
    /// status, code, response and the pushes the handler queued. <see cref="ProtocolGrain{TSession}"/> replies with it; so can
    /// an in-process stand-in for a grain (a one-process server that keeps the same forwarding code).
    /// </summary>
    public static ProtocolReply From(ForwardedSession session, in DispatchResult result)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new ProtocolReply(result.Status, result.ErrorCode, result.Response, session.TakePushes());
    }

    /// <summary>What the target's dispatch did.</summary>
    public DispatchStatus Status => _status;

    /// <summary><see cref="ErrorCodes.Success"/>, the target's refusal code, or <see cref="ErrorCodes.Unavailable"/>.</summary>
    public int ErrorCode => _errorCode;

    /// <summary>The request's response (the handler's, or the target's error response), or null.</summary>
    public IWireMessage? Response => _response;

    /// <summary>Messages the handler queued for the caller's client, in order.</summary>
    public IReadOnlyList<IWireMessage> Pushes => _pushes ?? Array.Empty<IWireMessage>();

    /// <summary>
    /// The response as <typeparamref name="TResponse"/> with <paramref name="rpcId"/> restored, or, when the target produced
    /// none (a refusal before decoding, an unavailable target), an error response with <see cref="ErrorCode"/>.
    /// </summary>
    public TResponse ToResponse<TResponse>(int rpcId)
        where TResponse : IResponse
    {
        if (_response is TResponse response)
        {
            response.RpcId = rpcId;
            return response;
        }

        // Response types have a parameterless constructor (generated dispatch builds its error responses the same way).
        var error = Activator.CreateInstance<TResponse>();
        error.RpcId = rpcId;
        error.Error = _errorCode != ErrorCodes.Success ? _errorCode : ErrorCodes.InternalError;
        return error;
    }

    /// <inheritdoc />
    public override string ToString() => "Reply: " + _status + (_errorCode == ErrorCodes.Success ? "" : " (error " + _errorCode + ")");
}
