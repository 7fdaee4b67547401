using System;
using System.Buffers;
using System.IO;
using System.IO.Pipelines;
using System.Net.Security;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using EtProtocolGen.Client.Diagnostics;
using EtProtocolGen.WebSockets;
using EtProtocolGen.Framing;
using EtProtocolGen.Wire;

namespace EtProtocolGen.Client
{
    public sealed partial class ProtocolClient
    {
        /// <summary>Frames that wait to be sent are copied into writes of at most this size.</summary>
        private const int WriteChunkSize = 64 * 1024;

        /// <summary>
        /// One connection: a read loop that checks and delivers frames, and a send loop that moves every frame queued since
        /// its last write to the stream in one write and one flush (so 32 requests in flight leave in a few writes, not 32).
        /// </summary>
        private sealed class Connection
        {
            private readonly ProtocolClient _owner;
            private readonly Stream _stream;
            private readonly PipeReader _input;
            private readonly Pipe _outgoing;
            private readonly SemaphoreSlim _sendLock = new SemaphoreSlim(1, 1);
            private readonly CancellationTokenSource _closing = new CancellationTokenSource();
            private readonly TokenBucketRateLimiter _limiter;
            private readonly string _name;
            private readonly Task _sending;
            private long _frames;
            private int _refusals;
            private bool _outputCompleted;
            private volatile bool _closedCleanly;
            private volatile bool _sendTimedOut;

            public Connection(ProtocolClient owner, Stream stream, string name)
            {
                _owner = owner;
                _stream = stream;
                _name = name;
                ProtocolClientOptions options = owner._options;
                _input = PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));

                // Senders wait only when this much is unsent (the server does not read); the send loop drains it.
                long pause = Math.Max(1024L * 1024, 2L * options.MaxFrameSize);
                _outgoing = new Pipe(new PipeOptions(pauseWriterThreshold: pause, resumeWriterThreshold: pause / 2, useSynchronizationContext: false));
                _limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.MessageBurst,
                    TokensPerPeriod = options.MessagesPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
                _sending = Task.Run(SendLoopAsync);
                Closed = Task.Run(ReadFramesAsync);
            }

            public Task<CloseReason> Closed { get; }

            public async ValueTask SendAsync(IWireMessage? message, ReadOnlyMemory<byte> raw, CancellationToken cancellationToken)
            {
                if (Closed.IsCompleted || _outputCompleted)
                {
                    throw Disconnected(null);
                }

                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _closing.Token);
                timeout.CancelAfter(_owner._options.SendTimeout);
                try
                {
                    await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw Disconnected(null);
                }

                try
                {
                    if (_outputCompleted)
                    {
                        throw Disconnected(null);
                    }

                    PipeWriter output = _outgoing.Writer;
                    if (message is not null)
                    {
                        FrameFormat.Write(output, message, _owner._options.MaxFrameSize);
                    }
                    else
                    {
                        raw.Span.CopyTo(output.GetSpan(raw.Length));
                        output.Advance(raw.Length);
                    }

                    // Hands the frame to the send loop; waits only while the send buffer is full.
                    FlushResult flushed = await output.FlushAsync(timeout.Token).ConfigureAwait(false);
                    if (flushed.IsCompleted)
                    {
                        throw Disconnected(null);
                    }
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // The server has not read a full send buffer within the send timeout: it cannot be served.
                    if (!_closing.IsCancellationRequested)
                    {
                        _sendTimedOut = true;
                        _closing.Cancel();
                    }

                    throw Disconnected(null);
                }
                finally
                {
                    _sendLock.Release();
                }
            }

            public async Task<CloseReason> CloseAsync(CancellationToken cancellationToken)
            {
                await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    if (!_outputCompleted)
                    {
                        // Queued frames are still sent; the send loop then shuts the sending side down.
                        _outputCompleted = true;
                        _closedCleanly = true;
                        await _outgoing.Writer.CompleteAsync().ConfigureAwait(false);
                    }
                }
                finally
                {
                    _sendLock.Release();
                }

                using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                patience.CancelAfter(_owner._options.CloseTimeout);
                Task finished = await Task.WhenAny(Closed, Task.Delay(Timeout.Infinite, patience.Token)).ConfigureAwait(false);
                if (finished != Closed)
                {
                    Abort();
                }

                return await Closed.ConfigureAwait(false);
            }

            public void Abort()
            {
                try
                {
                    _closing.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // Already closed.
                }
            }

            private static IOException Disconnected(Exception? inner) => new IOException("The connection is closed.", inner);

            private static bool IsTransportFailure(Exception exception) =>
                exception is IOException || exception is SocketException || exception is ObjectDisposedException || exception is WebSocketException
                || exception is System.Security.Authentication.AuthenticationException;

            private async Task SendLoopAsync()
            {
                PipeReader pending = _outgoing.Reader;
                try
                {
                    while (true)
                    {
                        ReadResult result = await pending.ReadAsync(_closing.Token).ConfigureAwait(false);
                        ReadOnlySequence<byte> buffer = result.Buffer;
                        if (!buffer.IsEmpty)
                        {
                            await WriteAsync(buffer).ConfigureAwait(false);
                        }

                        pending.AdvanceTo(buffer.End);
                        if (result.IsCompleted)
                        {
                            // CloseAsync: everything queued is out; tell the server no more is coming.
                            await ShutdownOutputAsync().ConfigureAwait(false);
                            return;
                        }
                    }
                }
                catch (Exception exception) when (exception is OperationCanceledException || IsTransportFailure(exception))
                {
                    // Closing, a send timeout or a failed stream: the read loop ends the connection.
                    Abort();
                }
                finally
                {
                    await pending.CompleteAsync().ConfigureAwait(false);
                }
            }

            private async ValueTask WriteAsync(ReadOnlySequence<byte> buffer)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
                timeout.CancelAfter(_owner._options.SendTimeout);
                try
                {
                    if (buffer.IsSingleSegment)
                    {
                        await _stream.WriteAsync(buffer.First, timeout.Token).ConfigureAwait(false);
                    }
                    else
                    {
                        await WriteCoalescedAsync(buffer, timeout.Token).ConfigureAwait(false);
                    }

                    await _stream.FlushAsync(timeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!_closing.IsCancellationRequested)
                {
                    _sendTimedOut = true;
                    throw;
                }
            }

            /// <summary>Copies the pipe's segments into pooled chunks, so several small frames leave in one write.</summary>
            private async ValueTask WriteCoalescedAsync(ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
            {
                byte[] chunk = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length, WriteChunkSize));
                int filled = 0;
                try
                {
                    foreach (ReadOnlyMemory<byte> segment in buffer)
                    {
                        ReadOnlyMemory<byte> rest = segment;
                        while (!rest.IsEmpty)
                        {
                            int count = Math.Min(rest.Length, chunk.Length - filled);
                            rest.Slice(0, count).CopyTo(chunk.AsMemory(filled));
                            filled += count;
                            rest = rest.Slice(count);
                            if (filled == chunk.Length)
                            {
                                await _stream.WriteAsync(chunk.AsMemory(0, filled), cancellationToken).ConfigureAwait(false);
                                filled = 0;
                            }
                        }
                    }

                    if (filled > 0)
                    {
                        await _stream.WriteAsync(chunk.AsMemory(0, filled), cancellationToken).ConfigureAwait(false);
                    }
                }
                finally
                {
                    // Outgoing frames may hold secrets (a password in a login request).
                    Array.Clear(chunk, 0, chunk.Length);
                    ArrayPool<byte>.Shared.Return(chunk);
                }
            }

            private async ValueTask ShutdownOutputAsync()
            {
                switch (_stream)
                {
                    case TcpStream tcp:
                        tcp.ShutdownSend();
                        break;
                    case SslStream tls:
                        await tls.ShutdownAsync().ConfigureAwait(false);
                        break;
                    case WebSocketByteStream webSocket:
                        await webSocket.CloseOutputAsync(_closing.Token).ConfigureAwait(false);
                        break;
                }
            }

            private async Task<CloseReason> ReadFramesAsync()
            {
                CloseReason reason;
                try
                {
                    reason = await ReadUntilClosedAsync().ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (_closing.IsCancellationRequested)
                {
                    reason = _sendTimedOut ? CloseReason.SendTimeout : CloseReason.LocalClose;
                }
                catch (Exception exception) when (IsTransportFailure(exception))
                {
                    reason = _sendTimedOut ? CloseReason.SendTimeout
                        : _closing.IsCancellationRequested ? CloseReason.LocalClose
                        : CloseReason.TransportError;
                }

                if (reason == CloseReason.PeerClosed && _closedCleanly)
                {
                    reason = CloseReason.LocalClose;
                }

                _closing.Cancel();
                await _input.CompleteAsync().ConfigureAwait(false);
                await _sendLock.WaitAsync().ConfigureAwait(false);
                try
                {
                    _outputCompleted = true;
                    await _outgoing.Writer.CompleteAsync().ConfigureAwait(false);
                }
                finally
                {
                    _sendLock.Release();
                }

                await _sending.ConfigureAwait(false);
                _stream.Dispose();
                _limiter.Dispose();

                ClientLog.ConnectionClosed(_owner._logger, _name, reason, Interlocked.Read(ref _frames), _refusals);
                _owner.Rpc.FailAll(new IOException("The connection closed: " + reason + "."));
                return reason;
            }

            private async Task<CloseReason> ReadUntilClosedAsync()
            {
                int maxFrameSize = _owner._options.MaxFrameSize;
                while (true)
                {
                    ReadResult result = await _input.ReadAsync(_closing.Token).ConfigureAwait(false);
                    ReadOnlySequence<byte> buffer = result.Buffer;
                    try
                    {
                        while (true)
                        {
                            FrameStatus status = FrameReader.TryRead(ref buffer, maxFrameSize, out Frame frame, out uint declaredLength);
                            if (status == FrameStatus.Incomplete)
                            {
                                break;
                            }

                            if (status == FrameStatus.TooLarge)
                            {
                                Refuse(RefusalReason.FrameTooLarge, 0, declaredLength);
                                return CloseReason.FrameTooLarge;
                            }

                            if (status == FrameStatus.TooShort)
                            {
                                Refuse(RefusalReason.FrameTooShort, 0, declaredLength);
                                return CloseReason.FrameTooShort;
                            }

                            Interlocked.Increment(ref _frames);
                            CloseReason? close = Deliver(frame, declaredLength);
                            if (close.HasValue)
                            {
                                return close.Value;
                            }
                        }

                        if (result.IsCompleted)
                        {
                            return CloseReason.PeerClosed;
                        }
                    }
                    finally
                    {
                        _input.AdvanceTo(buffer.Start, buffer.End);
                    }
                }
            }

            /// <summary>Decodes one frame and routes it; the reason to close, or null to read on.</summary>
            private CloseReason? Deliver(Frame frame, uint declaredLength)
            {
                IWireMessage? message = Decode(frame, out ProtocolError error);
                if (message is null)
                {
                    Refuse(error == ProtocolError.None ? RefusalReason.UnknownOpcode : RefusalReason.Malformed, frame.Opcode, declaredLength);
                    return CloseReason.ProtocolViolation;
                }

                if (message is IResponse response)
                {
                    if (ErrorCodes.IsRefusal(response.Error))
                    {
                        // The server refused the request (throttled it, or its checks failed): count it, tell the host.
                        Interlocked.Increment(ref _owner._serverRefusals);
                        try
                        {
                            _owner._options.RefusedByServer?.Invoke(response);
                        }
                        catch (Exception exception)
                        {
                            ClientLog.CallbackFailed(_owner._logger, _name, frame.Opcode, exception);
                        }
                    }

                    if (_owner.Rpc.OnResponse(response) == ResponseMatch.Completed)
                    {
                        return null;
                    }
                }

                // What the client did not ask for (pushes, answers nobody waits for) passes the token bucket.
                using (RateLimitLease lease = _limiter.AttemptAcquire(1))
                {
                    if (!lease.IsAcquired)
                    {
                        return Refuse(RefusalReason.RateLimited, frame.Opcode, declaredLength);
                    }
                }

                if (message is IResponse)
                {
                    // A late answer to a request that timed out is normal; count it, keep the connection.
                    return Refuse(RefusalReason.UnexpectedResponse, frame.Opcode, declaredLength);
                }

                try
                {
                    _owner._options.MessageReceived?.Invoke(message);
                }
                catch (Exception exception)
                {
                    ClientLog.CallbackFailed(_owner._logger, _name, frame.Opcode, exception);
                }

                return null;
            }

            private IWireMessage? Decode(Frame frame, out ProtocolError error)
            {
                IWireMessage? message;
                ReadOnlySequence<byte> payload = frame.Payload;
                if (payload.IsSingleSegment)
                {
                    _owner._decoder(frame.Opcode, payload.First.Span, out message, out error);
                    return message;
                }

                // A pooled copy of the server's bytes, cleared when it goes back.
                using (PooledCopy copy = PooledCopy.Of(in payload))
                {
                    _owner._decoder(frame.Opcode, copy.Span, out message, out error);
                    return message;
                }
            }

            /// <summary>Counts a refusal; the reason to close when the connection has reached its maximum.</summary>
            private CloseReason? Refuse(RefusalReason reason, ushort opcode, long declaredLength)
            {
                Interlocked.Increment(ref _owner._refusals);
                int refusals = Interlocked.Increment(ref _refusals);
                ClientLog.Refused(_owner._logger, _name, reason, opcode, declaredLength);
                return refusals >= _owner._options.MaxRefusals ? CloseReason.TooManyRefusals : (CloseReason?)null;
            }
        }
    }
}
