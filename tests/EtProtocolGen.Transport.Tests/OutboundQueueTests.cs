using System;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Transport.Server.Sending;

namespace EtProtocolGen.Transport.Tests
{
    /// <summary>The outbound queue's bounds, without a socket: nothing drains it, so what was queued stays queued.</summary>
    public sealed class OutboundQueueTests
    {
        private const int FrameBytes = 100;

        [Fact]
        public void The_queue_takes_MaxOutboundFrames_frames_and_refuses_the_next()
        {
            var queue = new OutboundQueue(maxFrames: 3, maxBytes: 1_000_000);

            Assert.Equal(EnqueueResult.Queued, queue.TryEnqueue(Frame()));
            Assert.Equal(EnqueueResult.Queued, queue.TryEnqueue(Frame()));   // limit - 1
            Assert.Equal(EnqueueResult.Queued, queue.TryEnqueue(Frame()));   // limit
            Assert.Equal(EnqueueResult.Full, queue.TryEnqueue(Frame()));     // limit + 1

            Assert.Equal(3, queue.Frames);
            Assert.Equal(3 * FrameBytes, queue.Bytes);
        }

        [Fact]
        public void The_queue_takes_MaxOutboundBytes_bytes_and_refuses_a_frame_that_would_exceed_them()
        {
            var queue = new OutboundQueue(maxFrames: 100, maxBytes: 3 * FrameBytes);

            Assert.Equal(EnqueueResult.Queued, queue.TryEnqueue(Frame()));
            Assert.Equal(EnqueueResult.Queued, queue.TryEnqueue(Frame(2 * FrameBytes - 1)));   // one byte under the limit
            Assert.Equal(EnqueueResult.Queued, queue.TryEnqueue(Frame(1)));                    // exactly at the limit
            Assert.Equal(EnqueueResult.Full, queue.TryEnqueue(Frame(1)));                      // one byte over

            Assert.Equal(3, queue.Frames);
            Assert.Equal(3 * FrameBytes, queue.Bytes);
        }

        [Fact(Timeout = 10_000)]
        public async Task A_closed_queue_refuses_frames_and_fails_the_waiters_it_still_held()
        {
            var queue = new OutboundQueue(maxFrames: 10, maxBytes: 10_000);
            OutboundFrame reply = Frame(awaited: true);
            Assert.Equal(EnqueueResult.Queued, queue.TryEnqueue(reply));
            var output = new System.IO.Pipelines.Pipe();
            using var closing = new CancellationTokenSource();

            // The writer is stuck on nothing: cancel it at once, as a closing connection does.
            closing.Cancel();
            Assert.Null(await queue.WriteAsync(output.Writer, TimeSpan.FromSeconds(5), closing.Token));

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reply.Flushed!.Task);
            Assert.Equal(EnqueueResult.Closed, queue.TryEnqueue(Frame()));
            Assert.Equal(0, queue.Frames);
            Assert.Equal(0, queue.Bytes);
        }

        [Fact(Timeout = 10_000)]
        public async Task The_writer_moves_frames_in_order_and_completes_a_reply_once_it_is_flushed()
        {
            var queue = new OutboundQueue(maxFrames: 10, maxBytes: 10_000);
            var output = new System.IO.Pipelines.Pipe();
            using var closing = new CancellationTokenSource();
            Task<EtProtocolGen.CloseReason?> writing = queue.WriteAsync(output.Writer, TimeSpan.FromSeconds(5), closing.Token);

            queue.TryEnqueue(Frame(3, fill: 1));
            OutboundFrame reply = Frame(2, fill: 2, awaited: true);
            queue.TryEnqueue(reply);
            await reply.Flushed!.Task;

            System.IO.Pipelines.ReadResult read = await output.Reader.ReadAsync();
            Assert.Equal(new byte[] { 1, 1, 1, 2, 2 }, System.Buffers.BuffersExtensions.ToArray(read.Buffer));
            Assert.Equal(0, queue.Frames);
            closing.Cancel();
            Assert.Null(await writing);
        }

        private static OutboundFrame Frame(int bytes = FrameBytes, byte fill = 0, bool awaited = false)
        {
            var frame = new OutboundFrame(awaited);
            frame.GetSpan(bytes).Slice(0, bytes).Fill(fill);
            frame.Advance(bytes);
            return frame;
        }

        private static OutboundFrame Frame(bool awaited) => Frame(FrameBytes, 0, awaited);
    }
}
