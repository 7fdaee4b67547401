using System;
using System.Buffers;
using System.IO;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Framing;
using EtProtocolGen.Transport.Server.Admission;
using EtProtocolGen.Transport.Server.Logging;
using EtProtocolGen.Transport.Server.Memory;
using EtProtocolGen.Wire;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;

namespace EtProtocolGen.Transport.Server
{
    /// <summary>
    /// One admitted connection, from its first byte to its close: reads frames, applies the per-connection limits, hands each
    /// frame to the application's dispatch and sends the answer. Frames of one connection are handled one at a time, in order.
    /// </summary>
    internal sealed class ConnectionLoop<TSession> : IDisposable
        where TSession : class, IProtocolSession
    {
        private readonly ConnectionContext _context;
        private readonly IProtocolApplication<TSession> _application;
        private readonly ProtocolServerOptions _options;
        private readonly TransportMetrics _metrics;
        private readonly ServerLog _log;
        private readonly AdmissionTicket _ticket;

        // Not disposed: the application may still hold the ProtocolConnection and try to send after the close, which must
        // fail with OperationCanceledException, not ObjectDisposedException.
        private readonly CancellationTokenSource _closing;
        private readonly CancellationTokenSource _deadline = new CancellationTokenSource();
        private readonly CancellationTokenSource _reading;
        private readonly TokenBucketRateLimiter _limiter;
        private readonly ProtocolConnection _connection;
        private readonly PartialFrameHolder _partialFrame;
        private long _frames;
        private int _refusals;

        public ConnectionLoop(
            ConnectionContext context,
            IProtocolApplication<TSession> application,
            ProtocolServerOptions options,
            TransportMetrics metrics,
            ServerLog log,
            AdmissionTicket ticket,
            PartialFrameBudget partialFrames)
        {
            _context = context;
            _application = application;
            _options = options;
            _metrics = metrics;
            _log = log;
            _ticket = ticket;

            // Kestrel asks connections to close on shutdown through ConnectionClosedRequested; a loop that ignores it holds the
            // host's stop until the shutdown timeout.
            CancellationToken shutdown = context.Features.Get<IConnectionLifetimeNotificationFeature>()?.ConnectionClosedRequested ?? CancellationToken.None;
            _closing = CancellationTokenSource.CreateLinkedTokenSource(context.ConnectionClosed, shutdown);
            _reading = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token, _deadline.Token);
            // One token per 1/MessagesPerSecond: the same rate as MessagesPerSecond a second, and a refused lease's retry-after
            // is then the wait for the next token, not a whole second.
            _limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = options.MessageBurst,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1.0 / options.MessagesPerSecond),
                QueueLimit = 0,
                AutoReplenishment = false,
            });
            _connection = new ProtocolConnection(context, options, _closing, log);
            _partialFrame = partialFrames.Register(() => _connection.Close(CloseReason.MemoryBudget));

            // Last: a newcomer may already have taken the connection's unauthenticated place, and the close then runs at once.
            ticket.OnEvicted(() => _connection.Close(CloseReason.UnauthenticatedEvicted));
        }

        private string ConnectionId => _context.ConnectionId;

        /// <summary>Serves the connection until it closes; returns once the application has been told.</summary>
        public async Task RunAsync()
        {
            _metrics.Opened();
            _log.Opened(ConnectionId, _context.RemoteEndPoint);

            // Security: the first complete frame must arrive within the handshake timeout, so idle sockets cannot pile up.
            _deadline.CancelAfter(_options.HandshakeTimeout);
            Task writing = _connection.RunWriterAsync();
            TSession session = _application.CreateSession(_connection);
            CloseReason reason;
            using (var login = new LoginDeadline(session, _ticket, _connection, _options.LoginTimeout))
            {
                try
                {
                    reason = await ReadFramesAsync(session, login).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (_deadline.IsCancellationRequested && !_closing.IsCancellationRequested)
                {
                    reason = _frames == 0 ? CloseReason.HandshakeTimeout : CloseReason.IdleTimeout;
                    Refuse(reason == CloseReason.HandshakeTimeout ? RefusalReason.HandshakeTimeout : RefusalReason.IdleTimeout, 0, 0);
                }
                catch (OperationCanceledException)
                {
                    reason = _connection.CloseRequested
                        ?? (_context.ConnectionClosed.IsCancellationRequested ? CloseReason.PeerClosed : CloseReason.LocalClose);
                    if (reason == CloseReason.LoginTimeout)
                    {
                        Refuse(RefusalReason.LoginTimeout, 0, 0);
                    }
                    else if (reason == CloseReason.MemoryBudget)
                    {
                        Refuse(RefusalReason.MemoryBudget, 0, 0);
                    }
                    else if (reason == CloseReason.UnauthenticatedEvicted)
                    {
                        Refuse(RefusalReason.UnauthenticatedEvicted, 0, 0);
                    }
                }
                catch (Exception exception) when (exception is ConnectionResetException || exception is ConnectionAbortedException || exception is IOException)
                {
                    reason = CloseReason.TransportError;
                }
                finally
                {
                    // Cancels handlers still running for this connection and the writer, and gives back its share of the
                    // memory budget and its admission places before the close is counted, so a close seen in the metrics
                    // is a place free again.
                    _connection.Close();
                    _partialFrame.Dispose();
                    _ticket.Dispose();
                }
            }

            await writing.ConfigureAwait(false);

            _metrics.Closed(reason);
            _log.Closed(ConnectionId, reason, _frames, _refusals);
            await _application.OnClosedAsync(session, reason).ConfigureAwait(false);
        }

        public void Dispose()
        {
            _reading.Dispose();
            _deadline.Dispose();
            _limiter.Dispose();
        }

        private async Task<CloseReason> ReadFramesAsync(TSession session, LoginDeadline login)
        {
            PipeReader input = _context.Transport.Input;
            CancellationToken closing = _closing.Token;
            long partialBytes = 0;
            while (true)
            {
                ReadResult result = await input.ReadAsync(_reading.Token).ConfigureAwait(false);
                ReadOnlySequence<byte> buffer = result.Buffer;
                bool framesCompleted = false;
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
                                Refuse(RefusalReason.FrameTooLarge, 0, declaredLength);
                                return CloseReason.FrameTooLarge;
                            case FrameStatus.TooShort:
                                Refuse(RefusalReason.FrameTooShort, 0, declaredLength);
                                return CloseReason.FrameTooShort;
                            default:
                                _frames++;
                                framesCompleted = true;

                                // The idle clock stops while the frame is processed, so a slow handler never reads as an idle peer.
                                _deadline.CancelAfter(Timeout.InfiniteTimeSpan);
                                // More bytes already here: the peer sent on without waiting for an answer (it pipelines).
                                bool pipelined = buffer.Length != 0;
                                CloseReason? close = await ProcessFrameAsync(session, frame, declaredLength, pipelined, closing).ConfigureAwait(false);
                                if (close.HasValue)
                                {
                                    return close.Value;
                                }

                                login.Check();

                                // Closed while the frame was handled (a failed send, the application): stop before the next frame.
                                closing.ThrowIfCancellationRequested();
                                _deadline.CancelAfter(_options.IdleTimeout);
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
                    // Security: what is left is one incomplete frame; the budget across connections counts it. Reads that leave
                    // nothing, the usual case, skip the budget's lock.
                    if (buffer.Length != 0 || partialBytes != 0)
                    {
                        partialBytes = buffer.Length;
                        _partialFrame.Update(partialBytes, framesCompleted);
                    }

                    input.AdvanceTo(buffer.Start, buffer.End);
                }
            }
        }

        private async ValueTask<CloseReason?> ProcessFrameAsync(TSession session, Frame frame, uint declaredLength, bool pipelined, CancellationToken closing)
        {
            // Over the rate: a peer that waits for its answers (nothing more buffered) is throttled, its frame handled when the
            // next token is due, so a client calling back to back is slowed to MessagesPerSecond, never refused or kicked.
            // A peer that keeps sending regardless has the frame refused, and MaxRefusals closes it.
            TimeSpan wait = TakeToken();
            if (wait > TimeSpan.Zero)
            {
                if (pipelined)
                {
                    return await RefuseOverRateAsync(frame, declaredLength).ConfigureAwait(false);
                }

                // The retry-after rounds up to whole refill periods, so one wait almost always suffices; a second covers a timer
                // that fired a hair early.
                for (int waits = 0; wait > TimeSpan.Zero; waits++)
                {
                    if (waits == 2)
                    {
                        return await RefuseOverRateAsync(frame, declaredLength).ConfigureAwait(false);
                    }

                    await Task.Delay(wait, closing).ConfigureAwait(false);
                    wait = TakeToken();
                }
            }

            DispatchResult result;
            try
            {
                result = await Dispatch(session, frame, closing).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _log.HandlerFailed(ConnectionId, frame.Opcode, exception);
                return null;
            }

            switch (result.Status)
            {
                case DispatchStatus.Handled:
                case DispatchStatus.Canceled:
                    break;
                case DispatchStatus.HandlerFailed:
                    _log.HandlerFailed(ConnectionId, frame.Opcode, result.Exception);
                    break;
                default:
                    // A refusal. A refused request that decoded is answered with its RpcId and error code; protocol
                    // violations have no trustworthy RpcId and get no answer.
                    await SendResponseAsync(result).ConfigureAwait(false);
                    CloseReason? close = Refuse(RefusalFor(result.Status), frame.Opcode, declaredLength);
                    return result.IsProtocolViolation && _options.CloseOnProtocolViolation ? CloseReason.ProtocolViolation : close;
            }

            await SendResponseAsync(result).ConfigureAwait(false);
            return null;
        }

        /// <summary>
        /// Refuses a frame over the connection's rate and tells the peer at once: a request gets its error response with
        /// <see cref="ErrorCodes.RateLimited"/> from the application (the generated dispatcher's static <c>RateLimited</c>, the
        /// same answer as a declared [RateLimit]), so the call fails within a round trip instead of waiting out its timeout.
        /// </summary>
        private async ValueTask<CloseReason?> RefuseOverRateAsync(Frame frame, uint declaredLength)
        {
            DispatchResult answer;
            try
            {
                answer = RateLimitedAnswer(frame);
            }
            catch (Exception exception)
            {
                // The application broke the contract (its RateLimited must not throw): logged, the frame is still refused.
                _log.HandlerFailed(ConnectionId, frame.Opcode, exception);
                answer = DispatchResult.RateLimited(frame.Opcode, null);
            }

            await SendResponseAsync(answer).ConfigureAwait(false);
            return Refuse(RefusalReason.RateLimited, frame.Opcode, declaredLength);
        }

        private DispatchResult RateLimitedAnswer(Frame frame)
        {
            ReadOnlySequence<byte> payload = frame.Payload;
            if (payload.IsSingleSegment)
            {
                return _application.RateLimited(frame.Opcode, payload.FirstSpan);
            }

            // Only the RpcId is read, but from one span: a pooled copy, cleared when it goes back (see Dispatch).
            using (PooledCopy copy = PooledCopy.Of(in payload))
            {
                return _application.RateLimited(frame.Opcode, copy.Span);
            }
        }

        /// <summary>Takes a token from the connection's bucket: zero when taken, otherwise how long until the next one.</summary>
        private TimeSpan TakeToken()
        {
            // The bucket refills in proportion to the time since the last frame: no timer per connection.
            _limiter.TryReplenish();
            using RateLimitLease lease = _limiter.AttemptAcquire(1);
            if (lease.IsAcquired)
            {
                return TimeSpan.Zero;
            }

            return lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan retryAfter) && retryAfter > TimeSpan.Zero
                ? retryAfter
                : TimeSpan.FromSeconds(1.0 / _options.MessagesPerSecond);
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

        private ValueTask<DispatchResult> Dispatch(TSession session, Frame frame, CancellationToken closing)
        {
            ReadOnlySequence<byte> payload = frame.Payload;
            if (payload.IsSingleSegment)
            {
                return _application.DispatchAsync(session, frame.Opcode, payload.FirstSpan, closing);
            }

            // The frame spans pipe segments: copy it (at most MaxFrameSize bytes) into one pooled buffer, cleared when it goes
            // back (the peer's bytes may hold a password). Dispatch decodes before it returns, so the copy is released then.
            using (PooledCopy copy = PooledCopy.Of(in payload))
            {
                return _application.DispatchAsync(session, frame.Opcode, copy.Span, closing);
            }
        }

        private async ValueTask SendResponseAsync(DispatchResult result)
        {
            if (result.Response is null)
            {
                return;
            }

            try
            {
                // The one send that holds anything back: this connection's next frame waits until its reply is flushed.
                await _connection.SendReplyAsync(result.Response).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is InvalidOperationException || exception is ProtocolException)
            {
                // The application built a response larger than a frame, or one that breaks its own declared limits (the
                // encoder refuses to write what the peer must refuse): its bug, not the peer's; logged, the request goes unanswered.
                _log.HandlerFailed(ConnectionId, result.Opcode, exception);
            }
        }

        private CloseReason? Refuse(RefusalReason reason, ushort opcode, long declaredLength)
        {
            _refusals++;
            _metrics.Refused(reason);
            _log.Refused(ConnectionId, reason, opcode, declaredLength, _refusals, _options.MaxRefusals);
            return _refusals >= _options.MaxRefusals ? CloseReason.TooManyRefusals : null;
        }
    }
}
