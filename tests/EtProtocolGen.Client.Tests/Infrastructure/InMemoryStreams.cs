using System;
using System.IO;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;

namespace EtProtocolGen.Client.Tests.Infrastructure
{
    /// <summary>Two connected in-memory streams (a test pipe): what one writes, the other reads.</summary>
    public static class InMemoryStreams
    {
        public static (Stream First, Stream Second) CreatePair()
        {
            var toSecond = new Pipe();
            var toFirst = new Pipe();
            return (new Duplex(toFirst.Reader, toSecond.Writer), new Duplex(toSecond.Reader, toFirst.Writer));
        }

        private sealed class Duplex : Stream
        {
            private readonly Stream _reading;
            private readonly Stream _writing;
            private readonly PipeWriter _writer;

            public Duplex(PipeReader reader, PipeWriter writer)
            {
                _reading = reader.AsStream();
                _writing = writer.AsStream();
                _writer = writer;
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

            public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => _reading.ReadAsync(buffer, cancellationToken);

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => _reading.ReadAsync(buffer, offset, count, cancellationToken);

            public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => _writing.WriteAsync(buffer, cancellationToken);

            public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => _writing.WriteAsync(buffer, offset, count, cancellationToken);

            public override Task FlushAsync(CancellationToken cancellationToken) => _writing.FlushAsync(cancellationToken);

            public override int Read(byte[] buffer, int offset, int count) => _reading.Read(buffer, offset, count);

            public override void Write(byte[] buffer, int offset, int count) => _writing.Write(buffer, offset, count);

            public override void Flush() => _writing.Flush();

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    // The other end reads to its end.
                    _writer.Complete();
                    _reading.Dispose();
                }

                base.Dispose(disposing);
            }
        }
    }
}
