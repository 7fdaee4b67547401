using System;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Client.Diagnostics;
using EtProtocolGen.Framing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EtProtocolGen.Client
{
    /// <summary>
    /// The client side of the protocol: frames over a byte stream (TCP, TLS, a WebSocket, or any stream a
    /// <see cref="ClientConnector"/> opens), request/response through <see cref="Rpc"/> (ET's <c>Session.Call</c>), server
    /// pushes through <see cref="ProtocolClientOptions.MessageReceived"/>. What the server sends gets the server's own checks:
    /// the declared length is checked before buffering, a frame that does not decode closes the connection, pushes pass a
    /// token bucket, refusals are counted and too many close the connection. Sends that are pending together leave in one
    /// write and one flush. After a close, <see cref="ReconnectAsync"/> opens a new connection through the same connector.
    /// </summary>
    /// <example>
    /// <code>
    /// await using ProtocolClient client = await ProtocolClient.ConnectAsync(server.EndPoint, ProtocolRegistry.TryParse);
    /// G2C_Login login = await client.Rpc.CallAsync(new C2G_Login { Account = "alice", Password = "secret" });
    /// await client.SendAsync(new C2G_Move { X = 1, Y = 2 });
    /// await client.CloseAsync();
    /// </code>
    /// </example>
    public sealed partial class ProtocolClient : IMessageSender, IAsyncDisposable
    {
        private readonly ClientConnector _connector;
        private readonly MessageDecoder _decoder;
        private readonly ProtocolClientOptions _options;
        private readonly ILogger _logger;
        private readonly object _gate = new object();
        private Connection _connection;
        private int _connections;
        private int _refusals;
        private int _serverRefusals;
        private bool _disposed;

        private ProtocolClient(ClientConnector connector, MessageDecoder decoder, ProtocolClientOptions options, Stream stream)
        {
            _connector = connector;
            _decoder = decoder;
            _options = options;
            _logger = options.Logger ?? NullLogger.Instance;
            Rpc = new RpcClient(this, options.RequestTimeout);
            _connection = Start(stream);
        }

        /// <summary>Sends requests and completes them with their responses: <c>await client.Rpc.CallAsync(request)</c>.</summary>
        public RpcClient Rpc { get; }

        /// <summary>Completes, with the reason, when the current connection has closed (either side). Never faults.</summary>
        public Task<CloseReason> Closed => Volatile.Read(ref _connection).Closed;

        /// <summary>True until the current connection closes.</summary>
        public bool IsConnected => !Closed.IsCompleted;

        /// <summary>Messages from the server this client refused, over all its connections (see <see cref="RefusalReason"/>).</summary>
        public int Refusals => Volatile.Read(ref _refusals);

        /// <summary>
        /// Requests the server refused, over all connections: responses whose <see cref="IResponse.Error"/> is a refusal code
        /// (<see cref="ErrorCodes.IsRefusal"/>: <see cref="ErrorCodes.RateLimited"/>, <see cref="ErrorCodes.Unauthorized"/>, ...).
        /// The call itself completes at once with that response; <see cref="ProtocolClientOptions.RefusedByServer"/> sees each.
        /// </summary>
        public int ServerRefusals => Volatile.Read(ref _serverRefusals);

        /// <summary>Opens a TCP connection to <paramref name="endPoint"/>.</summary>
        /// <param name="endPoint">The server.</param>
        /// <param name="decoder">Decodes incoming messages: pass the generated <c>ProtocolRegistry.TryParse</c>.</param>
        /// <param name="options">Limits, timeouts and callbacks; the defaults when null.</param>
        /// <param name="cancellationToken">Cancels connecting.</param>
        public static Task<ProtocolClient> ConnectAsync(
            EndPoint endPoint,
            MessageDecoder decoder,
            ProtocolClientOptions? options = null,
            CancellationToken cancellationToken = default) =>
            ConnectAsync(ClientConnectors.Tcp(endPoint), decoder, options, cancellationToken);

        /// <summary>
        /// Opens a connection over the stream <paramref name="connector"/> returns: <see cref="ClientConnectors.Tls"/>,
        /// <see cref="ClientConnectors.WebSocket(Uri, Action{System.Net.WebSockets.ClientWebSocketOptions}?)"/>, or a stream of your own.
        /// Runs <see cref="ProtocolClientOptions.Connected"/> before returning.
        /// </summary>
        /// <param name="connector">Opens the stream; called again by <see cref="ReconnectAsync"/>.</param>
        /// <param name="decoder">Decodes incoming messages: pass the generated <c>ProtocolRegistry.TryParse</c>.</param>
        /// <param name="options">Limits, timeouts and callbacks; the defaults when null.</param>
        /// <param name="cancellationToken">Cancels connecting.</param>
        public static async Task<ProtocolClient> ConnectAsync(
            ClientConnector connector,
            MessageDecoder decoder,
            ProtocolClientOptions? options = null,
            CancellationToken cancellationToken = default)
        {
            if (connector is null)
            {
                throw new ArgumentNullException(nameof(connector));
            }

            if (decoder is null)
            {
                throw new ArgumentNullException(nameof(decoder));
            }

            options ??= new ProtocolClientOptions();
            options.Validate();

            Stream stream = await OpenAsync(connector, cancellationToken).ConfigureAwait(false);
            var client = new ProtocolClient(connector, decoder, options, stream);
            try
            {
                await client.RunConnectedAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await client.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            return client;
        }

        /// <summary>
        /// Opens a new connection through the connector this client was created with, once the current one has closed, and
        /// runs <see cref="ProtocolClientOptions.Connected"/> (log in again there). <see cref="Rpc"/>, the options and the
        /// callbacks carry over; requests pending on the old connection have already failed with <see cref="IOException"/>.
        /// Call it from <see cref="ProtocolClientOptions.Disconnected"/>, with the back-off your game wants.
        /// </summary>
        /// <exception cref="InvalidOperationException">The current connection is still open.</exception>
        /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
        public async Task ReconnectAsync(CancellationToken cancellationToken = default)
        {
            lock (_gate)
            {
                ThrowIfDisposed();
                if (!_connection.Closed.IsCompleted)
                {
                    throw new InvalidOperationException("The connection is still open; close it before reconnecting.");
                }
            }

            Stream stream = await OpenAsync(_connector, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                if (_disposed || !_connection.Closed.IsCompleted)
                {
                    stream.Dispose();
                    ThrowIfDisposed();
                    throw new InvalidOperationException("Another reconnect already opened a connection.");
                }

                _connection = Start(stream);
            }

            await RunConnectedAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Frames and sends <paramref name="message"/> (a one-way message; use <see cref="Rpc"/> for requests).</summary>
        /// <remarks>
        /// Completes when the frame is queued for the stream, not when the server has it: frames queued together leave in one
        /// write. Waits (up to <see cref="ProtocolClientOptions.SendTimeout"/>, then closes the connection) only while more than
        /// the send buffer is unsent because the server does not read.
        /// </remarks>
        /// <exception cref="InvalidOperationException">The message is larger than the maximum frame size.</exception>
        /// <exception cref="IOException">The connection is closed or failed.</exception>
        public ValueTask SendAsync(IWireMessage message, CancellationToken cancellationToken = default)
        {
            if (message is null)
            {
                throw new ArgumentNullException(nameof(message));
            }

            return Volatile.Read(ref _connection).SendAsync(message, default, cancellationToken);
        }

        /// <summary>
        /// Sends <paramref name="bytes"/> as they are, with no framing or checks: for tests, tools and attack simulations.
        /// Build well-formed frames with <see cref="FrameFormat.Build"/>.
        /// </summary>
        /// <exception cref="IOException">The connection is closed or failed.</exception>
        public ValueTask SendRawAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default) =>
            Volatile.Read(ref _connection).SendAsync(null, bytes, cancellationToken);

        /// <summary>
        /// Closes the connection cleanly: later sends fail, frames already queued are still sent, the sending side is shut
        /// down (TCP FIN, TLS close_notify, WebSocket close), and the server's own close is awaited for up to
        /// <see cref="ProtocolClientOptions.CloseTimeout"/> before the connection is aborted. Pending requests then fail.
        /// </summary>
        public Task<CloseReason> CloseAsync(CancellationToken cancellationToken = default) =>
            Volatile.Read(ref _connection).CloseAsync(cancellationToken);

        /// <summary>Aborts the connection, fails pending requests and waits for the connection's loops to end.</summary>
        public async ValueTask DisposeAsync()
        {
            Connection connection;
            lock (_gate)
            {
                _disposed = true;
                connection = _connection;
            }

            connection.Abort();
            await connection.Closed.ConfigureAwait(false);
            Rpc.Dispose();
        }

        ValueTask IMessageSender.SendAsync(IWireMessage message, CancellationToken cancellationToken) => SendAsync(message, cancellationToken);

        private static async Task<Stream> OpenAsync(ClientConnector connector, CancellationToken cancellationToken)
        {
            Stream? stream = await connector(cancellationToken).ConfigureAwait(false);
            if (stream is null || !stream.CanRead || !stream.CanWrite)
            {
                stream?.Dispose();
                throw new InvalidOperationException("The connector must return a readable and writable stream.");
            }

            return stream;
        }

        private Connection Start(Stream stream)
        {
            int number = Interlocked.Increment(ref _connections);
            var connection = new Connection(this, stream, "client connection " + number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            connection.Closed.ContinueWith(
                static (closed, state) => ((ProtocolClient)state!).OnDisconnected(closed.Result),
                this,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            return connection;
        }

        private async Task RunConnectedAsync(CancellationToken cancellationToken)
        {
            if (_options.Connected is not null)
            {
                await _options.Connected(this, cancellationToken).ConfigureAwait(false);
            }
        }

        private void OnDisconnected(CloseReason reason)
        {
            // After Closed completed, so the hook may call ReconnectAsync at once.
            if (_options.Disconnected is null || Volatile.Read(ref _disposed))
            {
                return;
            }

            try
            {
                _options.Disconnected(this, reason);
            }
            catch (Exception exception)
            {
                ClientLog.CallbackFailed(_logger, "client", 0, exception);
            }
        }

        private void ThrowIfDisposed()
        {
            if (_disposed)
            {
                throw new ObjectDisposedException(nameof(ProtocolClient));
            }
        }
    }
}
