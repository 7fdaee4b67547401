using System;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Transport.Server.Memory;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Sample.Server.Memory;

/// <summary>
/// Gives the memory a partial-frame flood made the process take back to the operating system. The garbage collector runs
/// only when something allocates, so a server left idle after a flood keeps the blocks and connections the flood left as
/// garbage, and the memory the collector committed for them. Once <see cref="FloodWatch"/> says a flood is over (the
/// transport's <see cref="PartialFrameBudget"/> sampled every second), the socket buffer pools are emptied
/// (<see cref="BoundedBlockPoolFactory.Trim"/>) and one blocking, compacting full collection runs in
/// <see cref="GCCollectionMode.Aggressive"/> mode, which also decommits the memory the collector no longer needs.
/// </summary>
public sealed class FloodMemoryReturn : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    private readonly PartialFrameBudget _budget;
    private readonly BoundedBlockPoolFactory _pools;
    private readonly ILogger<FloodMemoryReturn> _logger;
    private readonly TimeProvider _time;
    private int _collections;

    /// <summary>Watches <paramref name="budget"/>; the host creates it.</summary>
    public FloodMemoryReturn(PartialFrameBudget budget, BoundedBlockPoolFactory pools, ILogger<FloodMemoryReturn> logger, TimeProvider time)
    {
        _budget = budget;
        _pools = pools;
        _logger = logger;
        _time = time;
    }

    /// <summary>Collections run so far.</summary>
    public int Collections => Volatile.Read(ref _collections);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var watch = new FloodWatch(_budget.Budget);
        using var timer = new PeriodicTimer(Poll, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (watch.Observe(_budget.ChargedBytes, _time.GetUtcNow()))
                {
                    Collect();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private void Collect()
    {
        long before = GC.GetGCMemoryInfo().TotalCommittedBytes;

        // The pools' blocks first: pinned, they would keep the heap regions they sit in committed (BoundedBlockPool.Trim).
        _pools.Trim();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Interlocked.Increment(ref _collections);
        long after = GC.GetGCMemoryInfo().TotalCommittedBytes;
        _logger.LogInformation("A partial-frame flood is over: full collection, GC committed memory {Before} -> {After} bytes.", before, after);
    }
}
