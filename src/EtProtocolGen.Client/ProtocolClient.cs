using System;
using System.Buffers;
using System.IO;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Client.Diagnostics;
using EtProtocolGen.Framing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EtProtocolGen.Client
{
    /// <summary>
    /// The client side of the transport: one TCP connection that sends framed messages and matches responses to requests
    /// through <see cref="Rpc"/> (ET's <c>Session.Call</c>). Incoming frames get the same checks as on the server: the declared
    /// length is checked before buffering, a frame that does not decode closes the connection, and a response no request waits
    /// for is refused and counted.
    /// </summary>
    /// <example>
    /// <code>
    /// await using ProtocolClient client = await ProtocolClient.ConnectAsync(server.EndPoint, ProtocolRegistry.TryParse);
    /// G2C_Login login = await client.Rpc.CallAsync(new C2G_Login { Account = "alice", Password = "secret" });
    /// await client.SendAsync(new C2G_Move { X = 1, Y = 2 });
    /// </code>
    /// </example>
    public sealed class ProtocolClient : IMessageSender, IAsyncDisposable
    {
        private readonly Socket _socket;
        private readonly NetworkStream _stream;
        private readonly PipeReader _input;
        private readonly PipeWriter _output;
        private readonly SemaphoreSlim _sendLock = new SemaphoreSlim(1, 1);
        private readonly CancellationTokenSource _closing = new CancellationTokenSource();
        private readonly MessageDecoder _decoder;
        private readonly ProtocolClientOptions _options;
        private readonly ILogger _logger;
        private readonly string _name;
        private readonly Task<CloseReason> _reading;
        private long _frames;
        private int _refusals;

        private ProtocolClient(Socket socket, MessageDecoder decoder, ProtocolClientOptions options)
        {
            _socket = socket;
            _decoder = decoder;
            _options = options;
            _logger = options.Logger ?? NullLogger.Instance;
            _name = "client " + (socket.LocalEndPoint?.ToString() ?? "?");
            _stream = new NetworkStream(socket, ownsSocket: true);
            _input = PipeReader.Create(_stream, new StreamPipeReaderOptions(leaveOpen: true));
            _output = PipeWriter.Create(_stream, new StreamPipeWriterOptions(leaveOpen: true));
            Rpc = new RpcClient(this, options.RequestTimeout);
            _reading = Task.Run(ReadFramesAsync);
        }

        /// <summary>Sends requests and completes them with their responses: <c>await client.Rpc.CallAsync(request)</c>.</summary>
        public RpcClient Rpc { get; }

        /// <summary>The server's address.</summary>
        public EndPoint? RemoteEndPoint => _socket.RemoteEndPoint;

        /// <summary>Completes, with the reason, when the connection has closed (either side). Never faults.</summary>
        public Task<CloseReason> Closed => _reading;

        /// <summary>True until the connection closes.</summary>
        public bool IsConnected => !_reading.IsCompleted;

        /// <summary>Messages from the server this client refused (undecodable frames, responses nobody waits for).</summary>
        public int Refusals => Volatile.Read(ref _refusals);

        /// <summary>Opens a connection to <paramref name="endPoint"/>.</summary>
        /// <param name="endPoint">The server.</param>
        /// <param name="decoder">Decodes incoming messages: pass the generated <c>ProtocolRegistry.TryParse</c>.</param>
        /// <param name="options">Limits, timeouts and callbacks; the defaults when null.</param>
        /// <param name="cancellationToken">Cancels connecting.</param>
        public static async Task<ProtocolClient> ConnectAsync(
            EndPoint endPoint,
            MessageDecoder decoder,
            ProtocolClientOptions? options = null,
            CancellationToken cancellationToken = default)
        {
            if (endPoint is null)
            {
                throw new ArgumentNullException(nameof(endPoint));
            }

            if (decoder is null)
            {
                throw new ArgumentNullException(nameof(decoder));
            }

            options ??= new ProtocolClientOptions();
            options.Validate();

            var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                // netstandard2.1 has no cancelable ConnectAsync: closing the socket aborts the attempt.
                using (cancellationToken.Register(static state => ((Socket)state!).Dispose(), socket))
                {
                    await socket.ConnectAsync(endPoint).ConfigureAwait(false);
                }

                cancellationToken.ThrowIfCancellationRequested();
            }
            catch
            {
                socket.Dispose();
                throw;
            }

            return new ProtocolClient(socket, decoder, options);
        }

        /// <summary>Frames and sends <paramref name="message"/> (a one-way message; use <see cref="Rpc"/> for requests).</summary>
        /// <exception cref="InvalidOperationException">The message is larger than the maximum frame size.</exception>
        /// <exception cref="IOException">The connection is closed or failed.</exception>
        public ValueTask SendAsync(IWireMessage message, CancellationToken cancellationToken = default)
        {
            if (message is null)
            {
                throw new ArgumentNullException(nameof(message));
            }

            return SendAsync(message, default, cancellationToken);
        }

        /// <summary>
        /// Sends <paramref name="bytes"/> as they are, with no framing or checks: for tests, tools and attack simulations.
        /// Build well-formed frames with <see cref="FrameFormat.Build"/>.
        /// </summary>
        /// <exception cref="IOException">The connection is closed or failed.</exception>
        public ValueTask SendRawAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default) =>
            SendAsync(null, bytes, cancellationToken);

        /// <summary>Closes the connection, fails pending requests and waits for the read loop to end.</summary>
        public async ValueTask DisposeAsync()
        {
            _closing.Cancel();
            await _reading.ConfigureAwait(false);
            Rpc.Dispose();
        }

        ValueTask IMessageSender.SendAsync(IWireMessage message, CancellationToken cancellationToken) => SendAsync(message, cancellationToken);

        private async ValueTask SendAsync(IWireMessage? message, ReadOnlyMemory<byte> raw, CancellationToken cancellationToken)
        {
            if (!IsConnected)
            {
                throw Disconnected(null);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _closing.Token);
            timeout.CancelAfter(_options.SendTimeout);
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
                if (message is not null)
                {
                    FrameFormat.Write(_output, message, _options.MaxFrameSize);
                }
                else
                {
                    raw.Span.CopyTo(_output.GetSpan(raw.Length));
                    _output.Advance(raw.Length);
                }

                FlushResult flushed = await _output.FlushAsync(timeout.Token).ConfigureAwait(false);
                if (flushed.IsCompleted)
                {
                    throw Disconnected(null);
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException || exception is SocketException || exception is ObjectDisposedException)
            {
                // A canceled or failed flush may leave part of a frame on the wire: the stream cannot continue.
                _closing.Cancel();
                if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                throw Disconnected(exception);
            }
            catch (IOException)
            {
                _closing.Cancel();
                throw;
            }
            finally
            {
                _sendLock.Release();
            }
        }

        private static IOException Disconnected(Exception? inner) => new IOException("The connection is closed.", inner);

        private async Task<CloseReason> ReadFramesAsync()
        {
            CloseReason reason;
            try
            {
                reason = await ReadUntilClosedAsync().ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_closing.IsCancellationRequested)
            {
                reason = CloseReason.LocalClose;
            }
            catch (Exception exception) when (exception is IOException || exception is SocketException || exception is ObjectDisposedException)
            {
                reason = _closing.IsCancellationRequested ? CloseReason.LocalClose : CloseReason.TransportError;
            }

            _closing.Cancel();
            await _input.CompleteAsync().ConfigureAwait(false);
            await _sendLock.WaitAsync().ConfigureAwait(false);
            try
            {
                await _output.CompleteAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException || exception is SocketException || exception is ObjectDisposedException)
            {
                // Unsent bytes to a peer that is gone.
            }
            finally
            {
                _stream.Dispose();
                _sendLock.Release();
            }

            ClientLog.ConnectionClosed(_logger, _name, reason, Interlocked.Read(ref _frames), Refusals);
            Rpc.FailAll(new IOException("The connection closed: " + reason + "."));
            return reason;
        }

        private async Task<CloseReason> ReadUntilClosedAsync()
        {
            while (true)
            {
                ReadResult result = await _input.ReadAsync(_closing.Token).ConfigureAwait(false);
                ReadOnlySequence<byte> buffer = result.Buffer;
                try
                {
                    while (true)
                    {
                        FrameStatus status = FrameReader.TryRead(ref buffer, _options.MaxFrameSize, out Frame frame, out uint declaredLength);
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
                        if (!Deliver(frame, declaredLength))
                        {
                            return CloseReason.ProtocolViolation;
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

        /// <summary>Decodes one frame and routes it; false when it did not decode (the connection then closes).</summary>
        private bool Deliver(Frame frame, uint declaredLength)
        {
            IWireMessage? message;
            ProtocolError error;
            ReadOnlySequence<byte> payload = frame.Payload;
            if (payload.IsSingleSegment)
            {
                _decoder(frame.Opcode, payload.FirstSpan, out message, out error);
            }
            else
            {
                int length = (int)payload.Length;
                byte[] rented = ArrayPool<byte>.Shared.Rent(length);
                try
                {
                    payload.CopyTo(rented);
                    _decoder(frame.Opcode, rented.AsSpan(0, length), out message, out error);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(rented);
                }
            }

            if (message is null)
            {
                Refuse(error == ProtocolError.None ? RefusalReason.UnknownOpcode : RefusalReason.Malformed, frame.Opcode, declaredLength);
                return false;
            }

            if (message is IResponse response)
            {
                if (Rpc.OnResponse(response) != ResponseMatch.Completed)
                {
                    // A late answer to a request that timed out is normal; count it, keep the connection.
                    Refuse(RefusalReason.UnexpectedResponse, frame.Opcode, declaredLength);
                }

                return true;
            }

            try
            {
                _options.MessageReceived?.Invoke(message);
            }
            catch (Exception exception)
            {
                ClientLog.CallbackFailed(_logger, _name, frame.Opcode, exception);
            }

            return true;
        }

        private void Refuse(RefusalReason reason, ushort opcode, long declaredLength)
        {
            Interlocked.Increment(ref _refusals);
            ClientLog.Refused(_logger, _name, reason, opcode, declaredLength);
        }
    }
}
