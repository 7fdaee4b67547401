using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Framing;
using EtProtocolGen.Transport.Server.Logging;
using EtProtocolGen.Transport.Server.Sending;
using Microsoft.AspNetCore.Connections;

namespace EtProtocolGen.Transport.Server
{
    /// <summary>
    /// One client connection as the application sees it: send messages to it (from any thread) and close it. Created by
    /// <see cref="ProtocolConnectionHandler{TSession}"/>; lives as long as the connection.
    /// </summary>
    /// <remarks>
    /// Sending never waits for the peer: a message is encoded into the connection's bounded outbound queue and one writer
    /// moves the queue into the socket. A broadcast therefore costs each target one enqueue, however slowly it reads. A peer
    /// whose queue is full (<see cref="ProtocolServerOptions.MaxOutboundFrames"/>, <see cref="ProtocolServerOptions.MaxOutboundBytes"/>)
    /// is closed with <see cref="CloseReason.SlowConsumer"/>; one that takes nothing for <see cref="ProtocolServerOptions.SendTimeout"/>
    /// is closed with <see cref="CloseReason.SendTimeout"/>. Messages are never dropped while the connection stays open.
    /// </remarks>
    public sealed class ProtocolConnection : IMessageSender
    {
        private const int NoReason = -1;

        private readonly ConnectionContext _context;
        private readonly CancellationTokenSource _closing;
        private readonly OutboundQueue _outbound;
        private readonly ProtocolServerOptions _options;
        private readonly ServerLog _log;
        private int _closeReason = NoReason;

        internal ProtocolConnection(ConnectionContext context, ProtocolServerOptions options, CancellationTokenSource closing, ServerLog log)
        {
            _context = context;
            _options = options;
            _closing = closing;
            _log = log;
            _outbound = new OutboundQueue(options.MaxOutboundFrames, options.MaxOutboundBytes);
        }

        /// <summary>Kestrel's id of the connection, for logs.</summary>
        public string ConnectionId => _context.ConnectionId;

        /// <summary>The peer's address.</summary>
        public EndPoint? RemoteEndPoint => _context.RemoteEndPoint;

        /// <summary>Canceled when the connection is closing.</summary>
        public CancellationToken Closing => _closing.Token;

        /// <summary>True once a send timed out because the peer does not read; the connection is then closing.</summary>
        public bool SendFailed => CloseRequested == CloseReason.SendTimeout;

        /// <summary>Frames waiting in the outbound queue (or being written).</summary>
        public int QueuedFrames => _outbound.Frames;

        /// <summary>Bytes waiting in the outbound queue (or being written).</summary>
        public long QueuedBytes => _outbound.Bytes;

        /// <summary>The reason the transport gave when it closed the connection itself (a timeout, a limit), or null.</summary>
        internal CloseReason? CloseRequested => Volatile.Read(ref _closeReason) is int reason and not NoReason ? (CloseReason)reason : null;

        /// <summary>
        /// Queues <paramref name="message"/> for sending and returns at once: it never waits for the peer. False when the
        /// connection is closed or closing, or when the message did not fit in the outbound queue; the connection is then
        /// closed with <see cref="CloseReason.SlowConsumer"/>. Use it for broadcasts.
        /// </summary>
        /// <exception cref="InvalidOperationException">The message is larger than the maximum frame size; nothing was queued.</exception>
        /// <exception cref="ProtocolException">The message breaks its own declared limits (the encoder refuses it); nothing was queued.</exception>
        public bool TrySend(IWireMessage message)
        {
            ArgumentNullException.ThrowIfNull(message);
            return Enqueue(message, awaited: false) is not null;
        }

        /// <summary>
        /// Queues <paramref name="message"/> for sending, like <see cref="TrySend"/>: the returned task is complete once the frame
        /// is queued, without waiting for the peer.
        /// </summary>
        /// <exception cref="InvalidOperationException">The message is larger than the maximum frame size; nothing was queued.</exception>
        /// <exception cref="ProtocolException">The message breaks its own declared limits (the encoder refuses it); nothing was queued.</exception>
        /// <exception cref="OperationCanceledException">The connection is closed or closing, or its outbound queue was full (it is closing now).</exception>
        public ValueTask SendAsync(IWireMessage message, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(message);
            if (cancellationToken.IsCancellationRequested)
            {
                return ValueTask.FromCanceled(cancellationToken);
            }

            return Enqueue(message, awaited: false) is null
                ? ValueTask.FromException(new OperationCanceledException("The connection is closed."))
                : default;
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

        /// <summary>
        /// Queues the reply to the frame being handled and waits until it is flushed to the transport: the only send that holds
        /// anything back, and only its own connection's next frame.
        /// </summary>
        /// <exception cref="InvalidOperationException">The message is larger than the maximum frame size; nothing was queued.</exception>
        /// <exception cref="OperationCanceledException">The connection closed before the reply was flushed.</exception>
        internal Task SendReplyAsync(IWireMessage message) =>
            Enqueue(message, awaited: true) is { } frame ? frame.Flushed!.Task : Task.FromCanceled(new CancellationToken(canceled: true));

        /// <summary>Moves queued frames into the transport until the connection closes; closes it when the peer stops reading.</summary>
        internal async Task RunWriterAsync()
        {
            CloseReason? failed = await _outbound.WriteAsync(_context.Transport.Output, _options.SendTimeout, _closing.Token).ConfigureAwait(false);
            if (failed.HasValue)
            {
                _log.SendFailed(ConnectionId, null);
                Close(failed.Value);
            }
            else
            {
                Close();
            }
        }

        private OutboundFrame? Enqueue(IWireMessage message, bool awaited)
        {
            if (_closing.IsCancellationRequested)
            {
                return null;
            }

            var frame = new OutboundFrame(awaited);
            try
            {
                FrameFormat.Write(frame, message, _options.MaxFrameSize);
            }
            catch
            {
                frame.Release();
                throw;
            }

            EnqueueResult result = _outbound.TryEnqueue(frame);
            if (result == EnqueueResult.Queued)
            {
                return frame;
            }

            frame.Release();
            if (result == EnqueueResult.Full)
            {
                _log.SlowConsumer(ConnectionId, _outbound.Frames, _outbound.Bytes);
                Close(CloseReason.SlowConsumer);
            }

            return null;
        }
    }
}
