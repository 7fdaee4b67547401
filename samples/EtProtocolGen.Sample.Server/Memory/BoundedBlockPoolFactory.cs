using System.Buffers;
using System.Collections.Generic;
using Microsoft.AspNetCore.Connections;

namespace EtProtocolGen.Sample.Server.Memory;

/// <summary>
/// Gives Kestrel's socket transport <see cref="BoundedBlockPool"/>s instead of its own pinned block pool (ASP.NET Core 10
/// reads the transport's pool factory from <see cref="IMemoryPoolFactory{T}"/> in the container). Each pool keeps at most
/// <see cref="MaxPooledBytes"/>; the pools it created are listed for the figures.
/// </summary>
public sealed class BoundedBlockPoolFactory : IMemoryPoolFactory<byte>
{
    private readonly object _gate = new();
    private readonly List<BoundedBlockPool> _pools = new();

    /// <summary>Creates the factory; every pool it creates keeps at most <paramref name="maxPooledBytes"/>.</summary>
    public BoundedBlockPoolFactory(long maxPooledBytes) => MaxPooledBytes = maxPooledBytes;

    /// <summary>The most bytes of returned blocks each pool keeps.</summary>
    public long MaxPooledBytes { get; }

    /// <summary>Bytes kept for reuse now, in all pools.</summary>
    public long PooledBytes => Sum(static pool => pool.PooledBytes);

    /// <summary>Bytes of blocks allocated so far, in all pools.</summary>
    public long AllocatedBytes => Sum(static pool => pool.AllocatedBytes);

    /// <summary>Bytes of returned blocks left to the garbage collector so far, in all pools.</summary>
    public long DroppedBytes => Sum(static pool => pool.DroppedBytes);

    /// <inheritdoc />
    public MemoryPool<byte> Create(MemoryPoolOptions? options = null)
    {
        var pool = new BoundedBlockPool(MaxPooledBytes);
        lock (_gate)
        {
            _pools.Add(pool);
        }

        return pool;
    }

    /// <summary>Leaves every pooled block of every pool to the garbage collector (<see cref="BoundedBlockPool.Trim"/>).</summary>
    public void Trim()
    {
        lock (_gate)
        {
            _pools.ForEach(static pool => pool.Trim());
        }
    }

    private long Sum(System.Func<BoundedBlockPool, long> figure)
    {
        long total = 0;
        lock (_gate)
        {
            foreach (BoundedBlockPool pool in _pools)
            {
                total += figure(pool);
            }
        }

        return total;
    }
}
