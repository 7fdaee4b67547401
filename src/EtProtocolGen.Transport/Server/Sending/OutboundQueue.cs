using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Connections;

namespace EtProtocolGen.Transport.Server.Sending
{
    /// <summary>
    /// A connection's bounded outbound queue: senders enqueue encoded frames and return at once; one writer loop moves them
    /// into the transport and flushes. A peer that does not read stalls only its own writer; its queue then fills to
    /// <see cref="ProtocolServerOptions.MaxOutboundFrames"/> or <see cref="ProtocolServerOptions.MaxOutboundBytes"/> and the next
    /// enqueue fails, or a flush waits longer than the send timeout. Either way the connection is closed, and no other
    /// connection ever waited for it.
    /// </summary>
    internal sealed class OutboundQueue
    {
        /// <summary>Frames are moved into the transport in batches of about this size, one flush per batch.</summary>
        private const int BatchBytes = 64 * 1024;

        private readonly Channel<OutboundFrame> _channel =
            Channel.CreateUnbounded<OutboundFrame>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });

        private readonly List<OutboundFrame> _batch = new List<OutboundFrame>();
        private readonly int _maxFrames;
        private readonly long _maxBytes;
        private int _frames;
        private long _bytes;

        public OutboundQueue(int maxFrames, long maxBytes)
        {
            _maxFrames = maxFrames;
            _maxBytes = maxBytes;
        }

        /// <summary>Frames queued or being written.</summary>
        public int Frames => Volatile.Read(ref _frames);

        /// <summary>Bytes queued or being written.</summary>
        public long Bytes => Interlocked.Read(ref _bytes);

        /// <summary>Queues <paramref name="frame"/>; on any result but <see cref="EnqueueResult.Queued"/> the caller still owns it.</summary>
        public EnqueueResult TryEnqueue(OutboundFrame frame)
        {
            if (Interlocked.Increment(ref _frames) > _maxFrames)
            {
                Interlocked.Decrement(ref _frames);
                return EnqueueResult.Full;
            }

            if (Interlocked.Add(ref _bytes, frame.Length) > _maxBytes)
            {
                Interlocked.Add(ref _bytes, -frame.Length);
                Interlocked.Decrement(ref _frames);
                return EnqueueResult.Full;
            }

            if (!_channel.Writer.TryWrite(frame))
            {
                Interlocked.Add(ref _bytes, -frame.Length);
                Interlocked.Decrement(ref _frames);
                return EnqueueResult.Closed;
            }

            return EnqueueResult.Queued;
        }

        /// <summary>
        /// Writes queued frames into <paramref name="output"/> until <paramref name="closing"/> is canceled or the transport
        /// completes. Returns <see cref="CloseReason.SendTimeout"/> when one flush waited longer than
        /// <paramref name="sendTimeout"/> for a peer that does not read; null otherwise. Every frame left over is released and
        /// its waiter failed.
        /// </summary>
        public async Task<CloseReason?> WriteAsync(PipeWriter output, TimeSpan sendTimeout, CancellationToken closing)
        {
            using var flushTimer = CancellationTokenSource.CreateLinkedTokenSource(closing);
            ChannelReader<OutboundFrame> reader = _channel.Reader;
            try
            {
                while (await reader.WaitToReadAsync(closing).ConfigureAwait(false))
                {
                    int batched = 0;
                    while (batched < BatchBytes && reader.TryRead(out OutboundFrame? frame))
                    {
                        output.Write(frame.Span);
                        batched += frame.Length;
                        _batch.Add(frame);
                    }

                    flushTimer.CancelAfter(sendTimeout);
                    FlushResult flushed = await output.FlushAsync(flushTimer.Token).ConfigureAwait(false);
                    flushTimer.CancelAfter(Timeout.InfiniteTimeSpan);
                    CompleteBatch();
                    if (flushed.IsCompleted || flushed.IsCanceled)
                    {
                        return null;
                    }
                }

                return null;
            }
            catch (OperationCanceledException) when (flushTimer.IsCancellationRequested && !closing.IsCancellationRequested)
            {
                // The peer has not taken a byte for the whole send timeout: its window and the transport's buffer are full.
                return CloseReason.SendTimeout;
            }
            catch (Exception exception) when (exception is OperationCanceledException || exception is ConnectionResetException
                || exception is ConnectionAbortedException || exception is IOException || exception is InvalidOperationException)
            {
                // Closed meanwhile, or the transport failed (the read side sees it too); InvalidOperationException is a writer
                // completed by Kestrel.
                return null;
            }
            finally
            {
                _channel.Writer.TryComplete();
                FailBatch();
                while (reader.TryRead(out OutboundFrame? left))
                {
                    Fail(left);
                }
            }
        }

        private void CompleteBatch()
        {
            foreach (OutboundFrame frame in _batch)
            {
                Forget(frame);
                frame.Flushed?.TrySetResult();
            }

            _batch.Clear();
        }

        private void FailBatch()
        {
            foreach (OutboundFrame frame in _batch)
            {
                Fail(frame);
            }

            _batch.Clear();
        }

        private void Fail(OutboundFrame frame)
        {
            Forget(frame);
            frame.Flushed?.TrySetException(new OperationCanceledException("The connection closed before the frame was sent."));
        }

        private void Forget(OutboundFrame frame)
        {
            Interlocked.Add(ref _bytes, -frame.Length);
            Interlocked.Decrement(ref _frames);
            frame.Release();
        }
    }
}
