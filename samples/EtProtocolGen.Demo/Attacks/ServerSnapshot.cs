using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Server.Hosting;
using EtProtocolGen.Transport.Diagnostics;

namespace EtProtocolGen.Demo.Attacks;

/// <summary>The server's counters at one moment; the difference of two snapshots is what an attack made the server do.</summary>
public sealed class ServerSnapshot
{
    private static readonly RefusalReason[] AllRefusals = Enum.GetValues<RefusalReason>();
    private static readonly CloseReason[] AllCloses = Enum.GetValues<CloseReason>();
    private static readonly DispatchStatus[] AllStatuses = Enum.GetValues<DispatchStatus>();

    private readonly SampleServer _server;
    private readonly long[] _refusals;
    private readonly long[] _closes;
    private readonly long[] _statuses;
    private readonly long _warnings;

    /// <summary>Reads the counters of <paramref name="server"/> now.</summary>
    public ServerSnapshot(SampleServer server)
    {
        _server = server;
        Connections = server.Metrics.Connections;
        _refusals = Array.ConvertAll(AllRefusals, reason => server.Metrics.Refusals(reason));
        _closes = Array.ConvertAll(AllCloses, reason => server.Metrics.Closes(reason));
        _statuses = Array.ConvertAll(AllStatuses, status => server.Dispatch.Of(status));
        _warnings = server.Logs.Warnings;
    }

    /// <summary>Waits (at most <paramref name="patience"/>) until the server has closed every connection it accepted.</summary>
    public static async Task WaitUntilIdleAsync(SampleServer server, TimeSpan patience)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (new ServerSnapshot(server).TotalCloses < server.Metrics.Connections && clock.Elapsed < patience)
        {
            await Task.Delay(10);
        }
    }

    /// <summary>Waits (at most <paramref name="patience"/>) until the server has closed every connection accepted since <paramref name="before"/>, so its counters are final.</summary>
    public static async Task WaitUntilSettledAsync(ServerSnapshot before, TimeSpan patience)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (before.ClosedSince() < before.OpenedSince() && clock.Elapsed < patience)
        {
            await Task.Delay(10);
        }
    }

    /// <summary>Connections accepted.</summary>
    public long Connections { get; }

    /// <summary>Connections closed, for every reason.</summary>
    public long TotalCloses => Sum(_closes);

    /// <summary>Refusals for <paramref name="reason"/> since this snapshot.</summary>
    public long RefusedSince(RefusalReason reason) => _server.Metrics.Refusals(reason) - _refusals[(int)reason];

    /// <summary>Closes for <paramref name="reason"/> since this snapshot.</summary>
    public long ClosedSince(CloseReason reason) => _server.Metrics.Closes(reason) - _closes[(int)reason];

    /// <summary>Connections accepted since this snapshot.</summary>
    public long OpenedSince() => _server.Metrics.Connections - Connections;

    /// <summary>Connections closed since this snapshot.</summary>
    public long ClosedSince() => new ServerSnapshot(_server).TotalCloses - TotalCloses;

    /// <summary>Client messages whose dispatch ended with <paramref name="status"/> since this snapshot.</summary>
    public long DispatchedSince(DispatchStatus status) => _server.Dispatch.Of(status) - _statuses[(int)status];

    /// <summary>Warnings the server logged since this snapshot.</summary>
    public long WarningsSince() => _server.Logs.Warnings - _warnings;

    /// <summary>Every counter that moved since this snapshot, in words: "refused RateLimited x10; closed TooManyRefusals x1; ...".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        foreach (RefusalReason reason in AllRefusals)
        {
            Add(parts, "refused " + reason, RefusedSince(reason));
        }

        foreach (CloseReason reason in AllCloses)
        {
            if (reason != CloseReason.PeerClosed)
            {
                Add(parts, "closed " + reason, ClosedSince(reason));
            }
        }

        Add(parts, "client messages handled", DispatchedSince(DispatchStatus.Handled));
        Add(parts, "warnings logged", WarningsSince());
        return parts.Count == 0 ? "nothing counted" : string.Join("; ", parts);
    }

    private static void Add(List<string> parts, string what, long count)
    {
        if (count != 0)
        {
            parts.Add(what + " x" + count.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static long Sum(long[] values)
    {
        long total = 0;
        foreach (long value in values)
        {
            total += value;
        }

        return total;
    }
}
