using System;
using System.IO;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;

namespace EtProtocolGen.WebSockets
{
    /// <summary>
    /// A WebSocket as the byte stream that frames travel on: every write is one binary message, reads return the bytes of
    /// binary messages in order, message boundaries carry no meaning (a frame may span messages, a message may hold several
    /// frames), so the frame reader and its limits work unchanged. A text message is a protocol violation and fails the read;
    /// the peer's close ends the stream. One source, compiled into the client and the server transport (docs/wire.md).
    /// </summary>
    internal sealed class WebSocketByteStream : Stream
    {
        private readonly WebSocket _socket;

        public WebSocketByteStream(WebSocket socket)
        {
            _socket = socket ?? throw new ArgumentNullException(nameof(socket));
        }

        public override bool CanRead => true;

        public override bool CanWrite => true;

        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            while (true)
            {
                ValueWebSocketReceiveResult received = await _socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return 0;
                }

                if (received.MessageType != WebSocketMessageType.Binary)
                {
                    throw new IOException("The peer sent a WebSocket text message; frames travel in binary messages only.");
                }

                // An empty binary message is no end of stream: read on.
                if (received.Count > 0 || buffer.IsEmpty)
                {
                    return received.Count;
                }
            }
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            _socket.SendAsync(buffer, WebSocketMessageType.Binary, endOfMessage: true, cancellationToken);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        /// <summary>Ends the sending side with a normal close; the peer's own close still ends reading.</summary>
        public async Task CloseOutputAsync(CancellationToken cancellationToken)
        {
            WebSocketState state = _socket.State;
            if (state == WebSocketState.Open || state == WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken).ConfigureAwait(false);
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _socket.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
