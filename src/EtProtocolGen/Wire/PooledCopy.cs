using System;
using System.Buffers;

namespace EtProtocolGen.Wire
{
    /// <summary>
    /// A contiguous copy of bytes from a peer (a message that spans pipe segments) in an array rented from a pool, cleared
    /// before it goes back: the bytes may hold secrets (a password in a login request) that the next renter must not see.
    /// The one way the runtime, the transport, the client and generated code copy peer bytes into a pooled buffer.
    /// </summary>
    /// <example>
    /// <code>
    /// using (PooledCopy copy = PooledCopy.Of(in data))
    /// {
    ///     return Parse(copy.Span);
    /// }
    /// </code>
    /// </example>
    public ref struct PooledCopy
    {
        private readonly ArrayPool<byte> _pool;
        private byte[]? _array;
        private readonly int _length;

        private PooledCopy(ArrayPool<byte> pool, byte[] array, int length)
        {
            _pool = pool;
            _array = array;
            _length = length;
        }

        /// <summary>The copied bytes.</summary>
        public readonly ReadOnlySpan<byte> Span => _array is null ? default : new ReadOnlySpan<byte>(_array, 0, _length);

        /// <summary>
        /// Copies <paramref name="data"/> into an array rented from <paramref name="pool"/> (<see cref="ArrayPool{T}.Shared"/> when
        /// null). The caller has checked its length against a limit; <see cref="Dispose"/> clears and returns the array.
        /// </summary>
        public static PooledCopy Of(in ReadOnlySequence<byte> data, ArrayPool<byte>? pool = null)
        {
            pool ??= ArrayPool<byte>.Shared;
            int length = checked((int)data.Length);
            byte[] array = pool.Rent(length);
            data.CopyTo(array);
            return new PooledCopy(pool, array, length);
        }

        /// <summary>Clears the copied bytes and returns the array to the pool. Calling it again does nothing.</summary>
        public void Dispose()
        {
            byte[]? array = _array;
            if (array is null)
            {
                return;
            }

            _array = null;
            new Span<byte>(array, 0, _length).Clear();
            _pool.Return(array);
        }
    }
}
