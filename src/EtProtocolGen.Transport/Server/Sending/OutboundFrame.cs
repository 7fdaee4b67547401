using System;
using System.Buffers;
using System.Threading.Tasks;

namespace EtProtocolGen.Transport.Server.Sending
{
    /// <summary>
    /// One encoded frame waiting in a connection's <see cref="OutboundQueue"/>: a pooled buffer that <c>FrameFormat.Write</c>
    /// fills (it asks for the exact frame size once), and, for a reply, the completion its sender waits on.
    /// </summary>
    internal sealed class OutboundFrame : IBufferWriter<byte>
    {
        private byte[] _buffer = Array.Empty<byte>();
        private int _length;

        public OutboundFrame(bool awaited)
        {
            Flushed = awaited ? new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) : null;
        }

        /// <summary>Completed when the frame has been flushed to the transport; failed when the connection closed first. Null for pushes.</summary>
        public TaskCompletionSource? Flushed { get; }

        public int Length => _length;

        public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, _length);

        public void Advance(int count) => _length += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Rent(sizeHint);
            return _buffer.AsMemory(_length);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Rent(sizeHint);
            return _buffer.AsSpan(_length);
        }

        /// <summary>Gives the buffer back to the pool, cleared: frames may carry secrets meant for this peer only.</summary>
        public void Release()
        {
            byte[] buffer = _buffer;
            _buffer = Array.Empty<byte>();
            if (buffer.Length != 0)
            {
                Array.Clear(buffer, 0, _length);
                ArrayPool<byte>.Shared.Return(buffer);
            }

            _length = 0;
        }

        private void Rent(int sizeHint)
        {
            int needed = _length + Math.Max(sizeHint, 1);
            if (needed <= _buffer.Length)
            {
                return;
            }

            byte[] larger = ArrayPool<byte>.Shared.Rent(needed);
            _buffer.AsSpan(0, _length).CopyTo(larger);
            byte[] old = _buffer;
            _buffer = larger;
            if (old.Length != 0)
            {
                Array.Clear(old, 0, _length);
                ArrayPool<byte>.Shared.Return(old);
            }
        }
    }
}
