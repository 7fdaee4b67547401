using System;
using System.IO.Pipelines;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Framing;
using EtProtocolGen.Transport.Server.Logging;
using Microsoft.AspNetCore.Connections;

namespace EtProtocolGen.Transport.Server
{
    /// <summary>
    /// One client connection as the application sees it: send messages to it (from any thread) and close it. Created by
    /// <see cref="ProtocolConnectionHandler{TSession}"/>; lives as long as the connection.
    /// </summary>
    public sealed class ProtocolConnection : IMessageSender
    {
        private const int NoReason = -1;

        private readonly ConnectionContext _context;
        private readonly SemaphoreSlim _sendLock = new SemaphoreSlim(1, 1);
        private readonly CancellationTokenSource _closing;
        private readonly int _maxFrameSize;
        private readonly TimeSpan _sendTimeout;
        private readonly ServerLog _log;
        private int _closeReason = NoReason;

        internal ProtocolConnection(ConnectionContext context, int maxFrameSize, TimeSpan sendTimeout, CancellationTokenSource closing, ServerLog log)
        {
            _log = log;
            _context = context;
            _maxFrameSize = maxFrameSize;
            _sendTimeout = sendTimeout;
            _closing = closing;
        }

        /// <summary>Kestrel's id of the connection, for logs.</summary>
        public string ConnectionId => _context.ConnectionId;

        /// <summary>The peer's address.</summary>
        public EndPoint? RemoteEndPoint => _context.RemoteEndPoint;

        /// <summary>Canceled when the connection is closing.</summary>
        public CancellationToken Closing => _closing.Token;

        /// <summary>True once a send timed out because the peer does not read; the connection is then closing.</summary>
        public bool SendFailed => CloseRequested == CloseReason.SendTimeout;

        /// <summary>The reason the transport gave when it closed the connection itself (a timeout, a limit), or null.</summary>
        internal CloseReason? CloseRequested => Volatile.Read(ref _closeReason) is int reason and not NoReason ? (CloseReason)reason : null;

        /// <summary>
        /// Frames and sends <paramref name="message"/>. Sends are serialized, so concurrent callers never interleave frames.
        /// Waits at most the send timeout for a peer that does not read, then closes the connection. Canceling
        /// <paramref name="cancellationToken"/> while the frame waits to be flushed leaves it queued, never half-written.
        /// </summary>
        /// <exception cref="InvalidOperationException">The message is larger than the maximum frame size; nothing was sent.</exception>
        /// <exception cref="OperationCanceledException">The connection closed, the send timed out, or <paramref name="cancellationToken"/> was canceled.</exception>
        public async ValueTask SendAsync(IWireMessage message, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(message);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _closing.Token);
            timeout.CancelAfter(_sendTimeout);

            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                PipeWriter output = _context.Transport.Output;
                FrameFormat.Write(output, message, _maxFrameSize);
                FlushResult flushed = await output.FlushAsync(timeout.Token).ConfigureAwait(false);
                if (flushed.IsCompleted)
                {
                    throw new OperationCanceledException("The connection is closed.");
                }
            }
            catch (OperationCanceledException exception) when (!_closing.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                // The send timeout fired: the peer does not read what we send. Its buffers are full; give up on it.
                _log.SendFailed(ConnectionId, exception);
                Close(CloseReason.SendTimeout);
                throw;
            }
            catch (Exception exception) when (exception is ConnectionResetException || exception is System.IO.IOException)
            {
                _log.SendFailed(ConnectionId, exception);
                Close();
                throw;
            }
            finally
            {
                _sendLock.Release();
            }
        }

        /// <summary>Closes the connection: the read loop stops and Kestrel closes the socket.</summary>
        public void Close()
        {
            try
            {
                _closing.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Already closed and cleaned up.
            }
        }

        /// <summary>Closes the connection for <paramref name="reason"/>; the first reason given is the one reported.</summary>
        internal void Close(CloseReason reason)
        {
            Interlocked.CompareExchange(ref _closeReason, (int)reason, NoReason);
            Close();
        }
    }
}
