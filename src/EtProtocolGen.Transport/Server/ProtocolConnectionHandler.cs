using System;
using System.Buffers;
using System.IO;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Framing;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EtProtocolGen.Transport.Server
{
    /// <summary>
    /// Kestrel connection handler that reads frames from a connection's pipe and hands each to the application's dispatch.
    /// The peer is never trusted: the declared frame length is checked before the body is buffered, messages pass a
    /// per-connection token bucket, the first frame must arrive within the handshake timeout and every later one within the
    /// idle timeout, and the connection is closed after <see cref="ProtocolServerOptions.MaxRefusals"/> refusals. Every
    /// refusal is logged and counted in <see cref="TransportMetrics"/>.
    /// </summary>
    /// <typeparam name="TSession">The application's session type.</typeparam>
    public sealed class ProtocolConnectionHandler<TSession> : ConnectionHandler
        where TSession : class, IProtocolSession
    {
        private readonly IProtocolApplication<TSession> _application;
        private readonly ProtocolServerOptions _options;
        private readonly TransportMetrics _metrics;
        private readonly ILogger _logger;

        /// <summary>Creates the handler; Kestrel's <c>UseConnectionHandler</c> resolves it from the container.</summary>
        public ProtocolConnectionHandler(
            IProtocolApplication<TSession> application,
            IOptions<ProtocolServerOptions> options,
            TransportMetrics metrics,
            ILogger<ProtocolConnectionHandler<TSession>> logger)
        {
            _application = application ?? throw new ArgumentNullException(nameof(application));
            _options = (options ?? throw new ArgumentNullException(nameof(options))).Value;
            _options.Validate();
            _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
            _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        }

        /// <inheritdoc />
        public override async Task OnConnectedAsync(ConnectionContext connection)
        {
            ArgumentNullException.ThrowIfNull(connection);

            // Kestrel asks connections to close on shutdown through ConnectionClosedRequested; a handler that ignores it holds
            // the host's stop until the shutdown timeout.
            CancellationToken shutdown = connection.Features.Get<IConnectionLifetimeNotificationFeature>()?.ConnectionClosedRequested ?? CancellationToken.None;

            // Not disposed: the application may still hold the ProtocolConnection and try to send after the close, which must
            // fail with OperationCanceledException, not ObjectDisposedException.
            var closing = CancellationTokenSource.CreateLinkedTokenSource(connection.ConnectionClosed, shutdown);
            using var deadline = new CancellationTokenSource();
            using var reading = CancellationTokenSource.CreateLinkedTokenSource(closing.Token, deadline.Token);
            using var limiter = CreateRateLimiter();

            var protocolConnection = new ProtocolConnection(connection, _options.MaxFrameSize, _options.SendTimeout, closing, _logger);
            var state = new ConnectionState(connection.ConnectionId);
            _metrics.Opened();
            TransportLog.ConnectionOpened(_logger, connection.ConnectionId, connection.RemoteEndPoint?.ToString());

            // Security: the first complete frame must arrive within the handshake timeout, so idle sockets cannot pile up.
            deadline.CancelAfter(_options.HandshakeTimeout);
            TSession session = _application.CreateSession(protocolConnection);
            CloseReason reason;
            try
            {
                reason = await ReadFramesAsync(connection.Transport.Input, session, protocolConnection, limiter, state, deadline, reading.Token, closing.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !closing.IsCancellationRequested)
            {
                reason = state.Frames == 0 ? CloseReason.HandshakeTimeout : CloseReason.IdleTimeout;
                Refuse(state, reason == CloseReason.HandshakeTimeout ? RefusalReason.HandshakeTimeout : RefusalReason.IdleTimeout, 0, 0);
            }
            catch (OperationCanceledException)
            {
                reason = protocolConnection.SendFailed ? CloseReason.SendTimeout
                    : connection.ConnectionClosed.IsCancellationRequested ? CloseReason.PeerClosed
                    : CloseReason.LocalClose;
            }
            catch (Exception exception) when (exception is ConnectionResetException || exception is ConnectionAbortedException || exception is IOException)
            {
                reason = CloseReason.TransportError;
            }
            finally
            {
                // Cancels handlers still running for this connection.
                protocolConnection.Close();
            }

            _metrics.Closed(reason);
            TransportLog.ConnectionClosed(_logger, connection.ConnectionId, reason, state.Frames, state.Refusals);
            await _application.OnClosedAsync(session, reason).ConfigureAwait(false);
        }

        private async Task<CloseReason> ReadFramesAsync(
            PipeReader input,
            TSession session,
            ProtocolConnection connection,
            ReplenishingRateLimiter limiter,
            ConnectionState state,
            CancellationTokenSource deadline,
            CancellationToken reading,
            CancellationToken closing)
        {
            while (true)
            {
                ReadResult result = await input.ReadAsync(reading).ConfigureAwait(false);
                ReadOnlySequence<byte> buffer = result.Buffer;
                try
                {
                    while (true)
                    {
                        FrameStatus status = FrameReader.TryRead(ref buffer, _options.MaxFrameSize, out Frame frame, out uint declaredLength);
                        switch (status)
                        {
                            case FrameStatus.Incomplete:
                                break;
                            case FrameStatus.TooLarge:
                                // The stream cannot be resynchronized without reading the body, which is exactly what must not happen.
                                Refuse(state, RefusalReason.FrameTooLarge, 0, declaredLength);
                                return CloseReason.FrameTooLarge;
                            case FrameStatus.TooShort:
                                Refuse(state, RefusalReason.FrameTooShort, 0, declaredLength);
                                return CloseReason.FrameTooShort;
                            default:
                                state.Frames++;

                                // The idle clock stops while the frame is processed, so a slow handler never reads as an idle peer.
                                deadline.CancelAfter(Timeout.InfiniteTimeSpan);
                                CloseReason? close = await ProcessFrameAsync(session, connection, limiter, state, frame, declaredLength, closing).ConfigureAwait(false);
                                if (close.HasValue)
                                {
                                    return close.Value;
                                }

                                // Closed while the frame was handled (a failed send, the application): stop before the next frame.
                                closing.ThrowIfCancellationRequested();
                                deadline.CancelAfter(_options.IdleTimeout);
                                continue;
                        }

                        break;
                    }

                    if (result.IsCompleted || result.IsCanceled)
                    {
                        return CloseReason.PeerClosed;
                    }
                }
                finally
                {
                    input.AdvanceTo(buffer.Start, buffer.End);
                }
            }
        }

        private async ValueTask<CloseReason?> ProcessFrameAsync(
            TSession session,
            ProtocolConnection connection,
            ReplenishingRateLimiter limiter,
            ConnectionState state,
            Frame frame,
            uint declaredLength,
            CancellationToken closing)
        {
            // The bucket refills in proportion to the time since the last frame: no timer per connection.
            limiter.TryReplenish();
            using (RateLimitLease lease = limiter.AttemptAcquire(1))
            {
                if (!lease.IsAcquired)
                {
                    // Dropped unread: a flood costs the server one token-bucket check per frame.
                    return Refuse(state, RefusalReason.RateLimited, frame.Opcode, declaredLength);
                }
            }

            DispatchResult result;
            try
            {
                result = await Dispatch(session, frame, closing).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                TransportLog.HandlerFailed(_logger, state.ConnectionId, frame.Opcode, exception);
                return null;
            }

            switch (result.Status)
            {
                case DispatchStatus.Handled:
                case DispatchStatus.Canceled:
                    break;
                case DispatchStatus.HandlerFailed:
                    TransportLog.HandlerFailed(_logger, state.ConnectionId, frame.Opcode, result.Exception);
                    break;
                default:
                    // A refusal. A refused request that decoded is answered with its RpcId and error code; protocol
                    // violations have no trustworthy RpcId and get no answer.
                    await SendResponseAsync(connection, state, result, closing).ConfigureAwait(false);
                    CloseReason? close = Refuse(state, RefusalFor(result.Status), frame.Opcode, declaredLength);
                    return result.IsProtocolViolation && _options.CloseOnProtocolViolation ? CloseReason.ProtocolViolation : close;
            }

            await SendResponseAsync(connection, state, result, closing).ConfigureAwait(false);
            return null;
        }

        private static RefusalReason RefusalFor(DispatchStatus status) => status switch
        {
            DispatchStatus.UnknownOpcode => RefusalReason.UnknownOpcode,
            DispatchStatus.ScopeDenied => RefusalReason.ScopeDenied,
            DispatchStatus.Malformed => RefusalReason.Malformed,
            DispatchStatus.Unauthorized => RefusalReason.Unauthorized,
            DispatchStatus.Forbidden => RefusalReason.Forbidden,
            DispatchStatus.ValidationFailed => RefusalReason.ValidationFailed,
            DispatchStatus.RateLimited => RefusalReason.MessageRateLimited,
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a refusal."),
        };

        private TokenBucketRateLimiter CreateRateLimiter() =>
            new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = _options.MessageBurst,
                TokensPerPeriod = _options.MessagesPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = false,
            });

        private ValueTask<DispatchResult> Dispatch(TSession session, Frame frame, CancellationToken closing)
        {
            ReadOnlySequence<byte> payload = frame.Payload;
            if (payload.IsSingleSegment)
            {
                return _application.DispatchAsync(session, frame.Opcode, payload.FirstSpan, closing);
            }

            // The frame spans pipe segments: copy it (at most MaxFrameSize bytes) into one pooled buffer. Dispatch decodes
            // before it returns, so the buffer can go back to the pool as soon as the call returns.
            int length = (int)payload.Length;
            byte[] rented = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                payload.CopyTo(rented);
                return _application.DispatchAsync(session, frame.Opcode, rented.AsSpan(0, length), closing);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        private async ValueTask SendResponseAsync(ProtocolConnection connection, ConnectionState state, DispatchResult result, CancellationToken closing)
        {
            if (result.Response is null)
            {
                return;
            }

            try
            {
                await connection.SendAsync(result.Response, closing).ConfigureAwait(false);
            }
            catch (InvalidOperationException exception)
            {
                // The application built a response larger than a frame: its bug, not the peer's; the request goes unanswered.
                TransportLog.HandlerFailed(_logger, state.ConnectionId, result.Opcode, exception);
            }
        }

        private CloseReason? Refuse(ConnectionState state, RefusalReason reason, ushort opcode, long declaredLength)
        {
            state.Refusals++;
            _metrics.Refused(reason);
            TransportLog.Refused(_logger, state.ConnectionId, reason, opcode, declaredLength, state.Refusals, _options.MaxRefusals);
            return state.Refusals >= _options.MaxRefusals ? CloseReason.TooManyRefusals : null;
        }

        private sealed class ConnectionState
        {
            public ConnectionState(string connectionId)
            {
                ConnectionId = connectionId;
            }

            public string ConnectionId { get; }

            public long Frames { get; set; }

            public int Refusals { get; set; }
        }
    }
}
