using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Demo.Attacks;
using EtProtocolGen.Sample.Client;
using EtProtocolGen.Sample.Server.Hosting;
using EtProtocolGen.Transport.Server;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Demo.Figures;

/// <summary>
/// The figures run (<c>--figures</c>), for docs/security.md: the lasting attacks at issue #19's sizes against the transport's
/// default limits, with the player's login time and p99 latency during each; the process's memory before, during and
/// for 60 s after the partial-frame flood; and a 10-minute connection churn, sampled every 30 s. The server, the attackers
/// and the player share one process, so "the process" is what is measured; the attackers hold almost nothing of their own
/// (sockets and one reused buffer), and the baseline is taken with all of them loaded.
/// </summary>
public static class FiguresRun
{
    /// <summary>How long the churn runs.</summary>
    public static readonly TimeSpan ChurnDuration = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan ChurnSample = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ReturnWindow = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Runs everything, writing the figures to <paramref name="output"/>; true when every attack was refused and every target
    /// met. With <paramref name="partialFramesOnly"/>, runs only the partial-frame flood and the 60 s after it (about 2
    /// minutes), to look at memory.
    /// </summary>
    public static async Task<bool> RunAsync(TextWriter output, CancellationToken cancellationToken, bool partialFramesOnly = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        var limits = new ProtocolServerOptions();
        output.WriteLine($"Figures run: {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, "
            + $"GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}; load average at start {ProcessMemory.LoadAverage()}.");
        output.WriteLine("Limits: the transport's defaults (ProtocolServerOptions).");

        await using SampleServer server = await SampleServer.StartAsync(
            new SampleServerOptions { Logging = static logging => logging.SetMinimumLevel(LogLevel.Warning) },
            cancellationToken);

        // Warm up every path once (JIT, pools), then take the baseline.
        bool warm = await NormalSession.RunAsync(server.EndPoint, "ann", "hunter2", TextWriter.Null, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        ProcessMemory baseline = ProcessMemory.Now();
        output.WriteLine($"Baseline after one normal session: {baseline}.");
        output.WriteLine();

        var lasting = new AbuseAttacks(server, limits, AttackScale.Figures);
        ProcessMemory? beforeFlood = null;
        lasting.Sampled += label =>
        {
            ProcessMemory now = ProcessMemory.Now();
            if (label == AbuseAttacks.BeforePartialFrames)
            {
                beforeFlood = now;
            }

            output.WriteLine($"  [{label}] {now}; {Pool(server)}");
        };
        var outcomes = new List<AttackOutcome>();
        Func<CancellationToken, Task<AttackOutcome>>[] attacks = partialFramesOnly
            ? new Func<CancellationToken, Task<AttackOutcome>>[] { lasting.PartialFrameFloodAsync }
            : new Func<CancellationToken, Task<AttackOutcome>>[] { lasting.SlotHoldingAsync, lasting.LoginFloodAsync, lasting.SlowReadersAsync, lasting.PartialFrameFloodAsync };
        foreach (Func<CancellationToken, Task<AttackOutcome>> attack in attacks)
        {
            var clock = Stopwatch.StartNew();
            AttackOutcome outcome = await attack(cancellationToken);
            outcomes.Add(outcome);
            output.WriteLine($"{outcome.Attempt}: {(outcome.Refused ? "refused" : "NOT REFUSED")} in {clock.Elapsed.TotalSeconds:0} s; player login {outcome.Player?.LoginText}, p99 {outcome.Player?.P99Text}, "
                + $"targets (login < 1 s, p99 < 50 ms) {(outcome.Player?.WithinTargets == true ? "met" : "MISSED")}; load {ProcessMemory.LoadAverage()}");
        }

        // The memory the partial-frame flood made the process take must go back to what it held just before the flood.
        bool returned = await WatchReturnAsync(output, beforeFlood ?? baseline, server, cancellationToken);
        output.WriteLine();
        ResultTable.Write(output, outcomes);
        output.WriteLine();
        if (partialFramesOnly)
        {
            return returned && outcomes.TrueForAll(static outcome => outcome.Refused && outcome.Player?.WithinTargets == true);
        }

        bool churnFlat = await ChurnAsync(server, output, cancellationToken);
        output.WriteLine();

        // Not part of any verdict: what is live once everything is collected (an idle process allocates nothing, so the GC
        // may not have run since the floods; memory it has not collected yet is garbage, not held by the server).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        output.WriteLine($"Diagnostic, after a forced full collection at the end: {ProcessMemory.Now()}.");
        bool passed = warm && returned && churnFlat && outcomes.TrueForAll(static outcome => outcome.Refused && outcome.Player?.WithinTargets == true);
        output.WriteLine($"Load average at the end {ProcessMemory.LoadAverage()}. {(passed ? "Every target met." : "A target was MISSED.")}");
        return passed;
    }

    /// <summary>
    /// Samples the process every 5 s for 60 s after the partial-frame flood; true when it is back within 64 MiB of
    /// <paramref name="preAttack"/> (the sample taken just before the flood).
    /// </summary>
    private static async Task<bool> WatchReturnAsync(TextWriter output, ProcessMemory preAttack, SampleServer server, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        ProcessMemory now = ProcessMemory.Now();
        while (clock.Elapsed < ReturnWindow)
        {
            await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
            now = ProcessMemory.Now();
            output.WriteLine($"  [+{clock.Elapsed.TotalSeconds:0} s after the partial-frame flood] {now}; {Pool(server)}");
        }

        long above = now.ResidentBytes - preAttack.ResidentBytes;
        bool back = above <= 64L * 1024 * 1024;
        output.WriteLine($"60 s after the flood: {ProcessMemory.MiB(above)} above the pre-attack figure ({(back ? "within" : "NOT within")} 64 MiB).");
        return back;
    }

    /// <summary>The managed heap after a forced, compacting full collection: what is live.</summary>
    private static long LiveHeapBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetGCMemoryInfo().HeapSizeBytes;
    }

    /// <summary>The socket buffer pool's figures and the collections run after floods.</summary>
    private static string Pool(SampleServer server) =>
        $"buffer pool {ProcessMemory.MiB(server.BufferPool.PooledBytes)} kept (allocated {ProcessMemory.MiB(server.BufferPool.AllocatedBytes)}, "
        + $"left to the GC {ProcessMemory.MiB(server.BufferPool.DroppedBytes)}); collections after floods {server.FloodCollections}";

    /// <summary>
    /// Logs in and out for <see cref="ChurnDuration"/> (realm, gate, close), from 50 addresses in turn, and samples
    /// every 30 s; true when nothing the server holds grew: the live managed heap (measured after a forced full collection at
    /// the start and at the end) within 16 MiB, no keys, no places, no incomplete-frame bytes left, no login failed. The
    /// process's RSS is printed with every sample but is no verdict: it follows the memory the garbage collector keeps
    /// committed between collections, which after the collection that ends a partial-frame flood starts from almost
    /// nothing and grows back to the collector's steady state while the churn allocates.
    /// </summary>
    private static async Task<bool> ChurnAsync(SampleServer server, TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine($"Connection churn for {ChurnDuration.TotalMinutes:0} minutes (log in through realm and gate, close; about 4 a second):");
        long liveAtStart = LiveHeapBytes();
        var clock = Stopwatch.StartNew();
        TimeSpan nextSample = TimeSpan.Zero;
        ProcessMemory? first = null;
        ProcessMemory last = default;
        int logins = 0;
        int failures = 0;
        while (clock.Elapsed < ChurnDuration)
        {
            if (clock.Elapsed >= nextSample)
            {
                last = ProcessMemory.Now();
                first ??= last;
                output.WriteLine($"  [{clock.Elapsed.TotalMinutes:0.0} min] {last}; {logins} logins, {failures} failed; gate keys {server.GateKeys.Count}, "
                    + $"unauthenticated {server.Admission.UnauthenticatedConnections}, incomplete frames {server.PartialFrames.ChargedBytes} B; load {ProcessMemory.LoadAverage()}");
                nextSample += ChurnSample;
            }

            try
            {
                using RawPeer gate = await RawPeer.LogInAsync(server.EndPoint, DemoAddresses.Churn(logins % 50), "ann", "hunter2", cancellationToken);
                logins++;
            }
            catch (Exception exception) when (exception is InvalidOperationException || exception is System.Net.Sockets.SocketException)
            {
                failures++;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }

        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        last = ProcessMemory.Now();
        long rssGrowth = last.ResidentBytes - first!.Value.ResidentBytes;
        long liveAtEnd = LiveHeapBytes();
        long growth = liveAtEnd - liveAtStart;
        bool flat = growth <= 16L * 1024 * 1024 && server.GateKeys.Count <= 1 && server.Admission.UnauthenticatedConnections == 0
            && server.PartialFrames.ChargedBytes == 0 && failures == 0;
        output.WriteLine($"  [end] {last}; {logins} logins, {failures} failed; gate keys {server.GateKeys.Count}, unauthenticated {server.Admission.UnauthenticatedConnections}");
        output.WriteLine($"Churn: live heap after a full collection {ProcessMemory.MiB(liveAtStart)} at the start, {ProcessMemory.MiB(liveAtEnd)} at the end "
            + $"({ProcessMemory.MiB(growth)}, {(flat ? "flat" : "GREW")}); RSS {ProcessMemory.MiB(rssGrowth)} from the first sample to the last, now {ProcessMemory.Now()}.");
        return flat;
    }
}
