using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Threading;

namespace EtProtocolGen.Sample.Server.Memory;

/// <summary>
/// The memory pool the server's socket transport reads into and writes from (<see cref="BoundedBlockPoolFactory"/> gives it
/// to Kestrel): 4 KiB blocks on the pinned object heap, like Kestrel's own pool, but it keeps at most
/// <see cref="MaxPooledBytes"/> of returned blocks for reuse and leaves the rest to the garbage collector at once. Kestrel's
/// pool keeps every block it ever handed out and gives back 5 % of its idle blocks every 10 s, so the blocks a
/// partial-frame flood made it allocate (about 90 MiB in the demo's figures run) were still pooled a minute later.
/// A returned block is cleared before it is pooled: it held a peer's bytes.
/// </summary>
public sealed class BoundedBlockPool : MemoryPool<byte>
{
    /// <summary>The size of a block, the same as Kestrel's.</summary>
    public const int BlockSize = 4096;

    private readonly ConcurrentQueue<Block> _pooled = new();
    private readonly int _maxPooledBlocks;
    private int _pooledBlocks;
    private long _allocated;
    private long _dropped;
    private int _disposed;

    /// <summary>Creates a pool that keeps at most <paramref name="maxPooledBytes"/> of returned blocks.</summary>
    public BoundedBlockPool(long maxPooledBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxPooledBytes);
        MaxPooledBytes = maxPooledBytes;
        _maxPooledBlocks = (int)Math.Min(int.MaxValue, maxPooledBytes / BlockSize);
    }

    /// <summary>The most bytes of returned blocks kept for reuse.</summary>
    public long MaxPooledBytes { get; }

    /// <inheritdoc />
    public override int MaxBufferSize => BlockSize;

    /// <summary>Bytes of returned blocks kept for reuse now.</summary>
    public long PooledBytes => (long)Volatile.Read(ref _pooledBlocks) * BlockSize;

    /// <summary>Bytes of blocks allocated so far (a rent that found no pooled block).</summary>
    public long AllocatedBytes => Interlocked.Read(ref _allocated) * BlockSize;

    /// <summary>Bytes of returned blocks left to the garbage collector so far, the pool being full.</summary>
    public long DroppedBytes => Interlocked.Read(ref _dropped) * BlockSize;

    /// <inheritdoc />
    public override IMemoryOwner<byte> Rent(int minBufferSize = -1)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minBufferSize, BlockSize);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (_pooled.TryDequeue(out Block? block))
        {
            Interlocked.Decrement(ref _pooledBlocks);
            block.Lease();
            return block;
        }

        Interlocked.Increment(ref _allocated);
        return new Block(this);
    }

    /// <summary>
    /// Leaves every pooled block to the garbage collector. Blocks live on the pinned object heap, which is never compacted: a
    /// few pooled blocks scattered over the regions a flood filled keep every one of those regions committed.
    /// </summary>
    public void Trim()
    {
        while (_pooled.TryDequeue(out _))
        {
            Interlocked.Decrement(ref _pooledBlocks);
            Interlocked.Increment(ref _dropped);
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            while (_pooled.TryDequeue(out _))
            {
            }
        }
    }

    private void Return(Block block)
    {
        // Over the bound, or after the pool was disposed, the block is simply not kept.
        if (Volatile.Read(ref _disposed) == 0)
        {
            if (Interlocked.Increment(ref _pooledBlocks) <= _maxPooledBlocks)
            {
                block.Clear();
                _pooled.Enqueue(block);
                return;
            }

            Interlocked.Decrement(ref _pooledBlocks);
        }

        Interlocked.Increment(ref _dropped);
    }

    /// <summary>One 4 KiB block, leased until disposed.</summary>
    private sealed class Block : IMemoryOwner<byte>
    {
        private readonly BoundedBlockPool _pool;
        private readonly byte[] _array = GC.AllocateUninitializedArray<byte>(BlockSize, pinned: true);
        private int _returned;

        public Block(BoundedBlockPool pool) => _pool = pool;

        public Memory<byte> Memory => _array;

        public void Lease() => Volatile.Write(ref _returned, 0);

        public void Clear() => Array.Clear(_array);

        public void Dispose()
        {
            // Once per lease: a second dispose must not pool the block twice.
            if (Interlocked.Exchange(ref _returned, 1) == 0)
            {
                _pool.Return(this);
            }
        }
    }
}
