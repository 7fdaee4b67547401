using System;
using System.Buffers;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using EtProtocolGen.Framing;
using EtProtocolGen.Sample.Client;
using EtProtocolGen.Sample.Server.Hosting;
using EtProtocolGen.Sample.Server.Memory;
using EtProtocolGen.Transport.Server.Memory;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Samples.Tests;

/// <summary>The sample server gives back the memory a partial-frame flood made it take: a bounded buffer pool, one collection after the flood.</summary>
public sealed class FloodMemoryTests
{
    private const long Budget = 64 * 1024;
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public void A_flood_is_more_than_half_the_budget_and_is_over_once_under_an_eighth_for_the_quiet_period()
    {
        var watch = new FloodWatch(Budget);

        Assert.False(watch.Observe(Budget / 2, Start));                       // half: not a flood
        Assert.False(watch.Observe(0, Start.AddMinutes(5)));                  // so nothing to collect after it
        Assert.False(watch.Observe(Budget / 2 + 1, Start.AddMinutes(6)));     // half + 1: a flood
        Assert.False(watch.Observe(Budget / 8, Start.AddMinutes(7)));         // an eighth: not quiet yet
        Assert.False(watch.Observe(Budget / 8 - 1, Start.AddMinutes(8)));     // quiet from here
        Assert.False(watch.Observe(0, Start.AddMinutes(8) + FloodWatch.QuietPeriod - TimeSpan.FromTicks(1)));

        Assert.True(watch.Observe(0, Start.AddMinutes(8) + FloodWatch.QuietPeriod));
        Assert.False(watch.Observe(0, Start.AddMinutes(9)));                  // once per flood
    }

    [Fact]
    public void Incomplete_frames_growing_again_restart_the_quiet_period()
    {
        var watch = new FloodWatch(Budget);
        watch.Observe(Budget, Start);
        watch.Observe(0, Start.AddSeconds(1));

        Assert.False(watch.Observe(Budget / 4, Start.AddSeconds(4)));
        Assert.False(watch.Observe(0, Start.AddSeconds(5)));
        Assert.False(watch.Observe(0, Start.AddSeconds(6)));                  // 5 s after the first quiet sample, 1 s after the restart

        Assert.True(watch.Observe(0, Start.AddSeconds(5) + FloodWatch.QuietPeriod));
    }

    [Fact]
    public void Floods_repeated_within_the_minimum_interval_cost_one_collection_per_interval()
    {
        var watch = new FloodWatch(Budget);
        watch.Observe(Budget, Start);
        watch.Observe(0, Start.AddSeconds(1));
        Assert.True(watch.Observe(0, Start.AddSeconds(6)));                   // first collection at 6 s

        watch.Observe(Budget, Start.AddSeconds(10));
        watch.Observe(0, Start.AddSeconds(11));
        Assert.False(watch.Observe(0, Start.AddSeconds(20)));                 // quiet long enough, but 14 s after the last
        Assert.False(watch.Observe(0, Start.AddSeconds(6) + FloodWatch.MinimumInterval - TimeSpan.FromTicks(1)));

        Assert.True(watch.Observe(0, Start.AddSeconds(6) + FloodWatch.MinimumInterval));
    }

    [Fact]
    public void The_pool_keeps_at_most_its_bound_and_leaves_the_rest_to_the_collector()
    {
        using var pool = new BoundedBlockPool(2 * BoundedBlockPool.BlockSize);
        var leased = new List<IMemoryOwner<byte>> { pool.Rent(), pool.Rent(), pool.Rent() };

        leased.ForEach(static block => block.Dispose());

        Assert.Equal(2 * BoundedBlockPool.BlockSize, pool.PooledBytes);                  // the bound
        Assert.Equal(1 * BoundedBlockPool.BlockSize, pool.DroppedBytes);                 // bound + 1
        Assert.Equal(3 * BoundedBlockPool.BlockSize, pool.AllocatedBytes);
        using (IMemoryOwner<byte> reused = pool.Rent())
        {
            Assert.Equal(3 * BoundedBlockPool.BlockSize, pool.AllocatedBytes);           // taken from the pool
            Assert.Equal(BoundedBlockPool.BlockSize, reused.Memory.Length);
        }

        pool.Trim();
        Assert.Equal(0, pool.PooledBytes);
        Assert.Equal(3 * BoundedBlockPool.BlockSize, pool.DroppedBytes);
        Assert.Throws<ArgumentOutOfRangeException>(() => pool.Rent(BoundedBlockPool.BlockSize + 1));
    }

    [Fact]
    public void A_returned_block_is_cleared_and_pooled_once_however_often_it_is_disposed()
    {
        using var pool = new BoundedBlockPool(4 * BoundedBlockPool.BlockSize);
        IMemoryOwner<byte> block = pool.Rent();
        Assert.True(MemoryMarshal.TryGetArray(block.Memory, out ArraySegment<byte> array));
        block.Memory.Span.Fill(0x5A);   // a peer's bytes

        block.Dispose();
        block.Dispose();

        Assert.Equal(BoundedBlockPool.BlockSize, pool.PooledBytes);
        IMemoryOwner<byte> again = pool.Rent();
        Assert.True(MemoryMarshal.TryGetArray(again.Memory, out ArraySegment<byte> reused));
        Assert.Same(array.Array, reused.Array);
        Assert.True(again.Memory.Span.IndexOfAnyExcept((byte)0) < 0);
        again.Dispose();
    }

    [Fact]
    public async Task After_a_partial_frame_flood_the_server_empties_its_buffer_pools_collects_once_and_still_serves_a_player()
    {
        // 16 KiB frames; 8 of them fill the budget, 5 held (5 x 4 blocks) are over half of it.
        const int frameLimit = 16 * 1024;
        await using SampleServer server = await SampleServer.StartAsync(new SampleServerOptions
        {
            Transport = options =>
            {
                options.MaxFrameSize = frameLimit;
                options.MaxPartialFrameBytes = 8 * 4 * PartialFrameBudget.BlockSize;
            },
            Logging = static logging => logging.SetMinimumLevel(LogLevel.Warning),
        }).WaitAsync(Bound);
        byte[] partial = new byte[FrameFormat.HeaderSize + frameLimit - FrameFormat.OpcodeSize - 100];
        FrameFormat.WriteHeader(partial, frameLimit, 1001);
        var attackers = new List<Socket>();
        try
        {
            for (int i = 0; i < 5; i++)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                attackers.Add(socket);
                socket.Bind(new IPEndPoint(IPAddress.Parse("127.0.0.2"), 0));
                await socket.ConnectAsync(server.EndPoint).WaitAsync(Bound);
                await socket.SendAsync(partial).WaitAsync(Bound);
            }

            await WaitUntilAsync(() => server.PartialFrames.ChargedBytes > server.PartialFrames.Budget / 2);

            // The watcher samples once a second: the flood lasts three samples.
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.Equal(0, server.FloodCollections);
            Assert.True(server.BufferPool.PooledBytes + server.BufferPool.DroppedBytes < server.BufferPool.AllocatedBytes);
        }
        finally
        {
            attackers.ForEach(static socket => socket.Dispose());
        }

        await WaitUntilAsync(() => server.FloodCollections == 1);

        Assert.Equal(0, server.PartialFrames.ChargedBytes);
        Assert.Equal(0, server.BufferPool.PooledBytes);
        await using GameClient player = await GameClient.LoginAsync(server.EndPoint, "ann", "hunter2").WaitAsync(Bound);
        Assert.Equal(1, server.FloodCollections);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Bound, "The condition did not hold within " + Bound.TotalSeconds + " s.");
            await Task.Delay(50);
        }
    }
}
