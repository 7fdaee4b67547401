using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace EtProtocolGen.Client.Tests.Infrastructure
{
    /// <summary>
    /// Wraps the client's stream and counts its writes and flushes. The first write can be held at a gate, so a test can
    /// queue sends while one write is in progress, deterministically, without timing.
    /// </summary>
    public sealed class CountingStream : Stream
    {
        private readonly Stream _inner;
        private readonly TaskCompletionSource<bool> _firstWriteEntered = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource<bool> _gate = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _writes;
        private int _flushes;

        public CountingStream(Stream inner, bool holdFirstWrite)
        {
            _inner = inner;
            if (!holdFirstWrite)
            {
                _gate.SetResult(true);
            }
        }

        public int Writes => Volatile.Read(ref _writes);

        public int Flushes => Volatile.Read(ref _flushes);

        /// <summary>Completes when the first write has started (and, with the gate closed, waits at it).</summary>
        public Task FirstWriteEntered => _firstWriteEntered.Task;

        public void ReleaseFirstWrite() => _gate.TrySetResult(true);

        public override bool CanRead => true;

        public override bool CanWrite => true;

        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _writes);
            _firstWriteEntered.TrySetResult(true);
            await _gate.Task.WaitAsync(cancellationToken);
            await _inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _flushes);
            await _inner.FlushAsync(cancellationToken);
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => _inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            _inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("The client writes asynchronously.");

        public override void Flush() => throw new NotSupportedException("The client flushes asynchronously.");

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _gate.TrySetResult(true);
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
