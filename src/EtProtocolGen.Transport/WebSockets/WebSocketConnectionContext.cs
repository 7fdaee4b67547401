using System;
using System.Collections.Generic;
using System.IO.Pipelines;
using System.Net;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.WebSockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;

namespace EtProtocolGen.Transport.WebSockets
{
    /// <summary>
    /// An accepted WebSocket as the Kestrel connection the protocol handler reads: its pipes run over the socket's binary
    /// messages (<see cref="WebSocketByteStream"/>, the same adapter the client uses), its close follows the request's.
    /// </summary>
    internal sealed class WebSocketConnectionContext : ConnectionContext, IConnectionLifetimeNotificationFeature
    {
        private readonly WebSocket _socket;
        private readonly HttpContext _http;
        private readonly WebSocketByteStream _stream;
        private readonly CancellationTokenSource _closed;
        private readonly CancellationTokenSource _closeRequested;

        public WebSocketConnectionContext(WebSocket socket, HttpContext http)
        {
            _socket = socket;
            _http = http;
            _stream = new WebSocketByteStream(socket);
            _closed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);

            // The host's shutdown asks the connection to close, as Kestrel does for its own connections.
            CancellationToken stopping = http.RequestServices.GetService(typeof(IHostApplicationLifetime)) is IHostApplicationLifetime lifetime
                ? lifetime.ApplicationStopping
                : CancellationToken.None;
            _closeRequested = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            Transport = new DuplexPipe(
                PipeReader.Create(_stream, new StreamPipeReaderOptions(leaveOpen: true)),
                PipeWriter.Create(_stream, new StreamPipeWriterOptions(leaveOpen: true)));
            Features = new FeatureCollection();
            Features.Set<IConnectionLifetimeNotificationFeature>(this);
        }

        public override string ConnectionId
        {
            get => _http.Connection.Id;
            set => throw new NotSupportedException();
        }

        public override IFeatureCollection Features { get; }

        public override IDictionary<object, object?> Items { get; set; } = new Dictionary<object, object?>();

        public override IDuplexPipe Transport { get; set; }

        public override EndPoint? RemoteEndPoint
        {
            get => _http.Connection.RemoteIpAddress is IPAddress address ? new IPEndPoint(address, _http.Connection.RemotePort) : null;
            set => throw new NotSupportedException();
        }

        public override CancellationToken ConnectionClosed
        {
            get => _closed.Token;
            set => throw new NotSupportedException();
        }

        public CancellationToken ConnectionClosedRequested
        {
            get => _closeRequested.Token;
            set => throw new NotSupportedException();
        }

        public void RequestClose() => _closeRequested.Cancel();

        public override void Abort(ConnectionAbortedException abortReason)
        {
            _socket.Abort();
            _closed.Cancel();
        }

        /// <summary>Ends the protocol connection: a normal WebSocket close when the socket is still open, else nothing.</summary>
        public async Task CloseAsync()
        {
            await Transport.Input.CompleteAsync().ConfigureAwait(false);
            try
            {
                await Transport.Output.CompleteAsync().ConfigureAwait(false);
                using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _stream.CloseOutputAsync(patience.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is WebSocketException || exception is OperationCanceledException || exception is ObjectDisposedException || exception is System.IO.IOException)
            {
                // The peer is gone or does not answer the close.
            }
        }

        public override ValueTask DisposeAsync()
        {
            _closed.Dispose();
            _closeRequested.Dispose();
            return default;
        }

        private sealed class DuplexPipe : IDuplexPipe
        {
            public DuplexPipe(PipeReader input, PipeWriter output)
            {
                Input = input;
                Output = output;
            }

            public PipeReader Input { get; }

            public PipeWriter Output { get; }
        }
    }
}
