using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Client;

namespace EtProtocolGen.Demo.Player;

/// <summary>The legitimate player, from 127.0.0.1, measured while an attack runs: a timed login, then timed requests.</summary>
internal static class PlayerProbe
{
    /// <summary>
    /// Logs in as ann (realm, then gate), enters a map, and reads the inventory <paramref name="requests"/> times,
    /// <paramref name="spacing"/> apart (an honest client, under its message rate).
    /// </summary>
    public static async Task<PlayerFigures> MeasureAsync(IPEndPoint server, int requests, TimeSpan spacing, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        GameClient player;
        try
        {
            player = await GameClient.LoginAsync(server, "ann", "hunter2", cancellationToken);
        }
        catch (Exception exception) when (IsFailure(exception))
        {
            return new PlayerFigures(null, null, 0, 0);
        }

        TimeSpan login = clock.Elapsed;
        var latencies = new List<TimeSpan>(requests);
        int failed = 0;
        await using (player)
        {
            try
            {
                await player.EnterMapAsync(1, cancellationToken);
            }
            catch (Exception exception) when (IsFailure(exception))
            {
                return new PlayerFigures(login, null, 0, 1);
            }

            for (int i = 0; i < requests; i++)
            {
                long started = Stopwatch.GetTimestamp();
                try
                {
                    await player.GetInventoryAsync(0, cancellationToken);
                    latencies.Add(Stopwatch.GetElapsedTime(started));
                }
                catch (Exception exception) when (IsFailure(exception))
                {
                    failed++;
                }

                await Task.Delay(spacing, cancellationToken);
            }
        }

        return new PlayerFigures(login, Percentile(latencies, 0.99), requests, failed);
    }

    /// <summary>The nearest-rank percentile: the smallest sample with at least that share of the samples at or below it.</summary>
    public static TimeSpan? Percentile(List<TimeSpan> samples, double share)
    {
        if (samples.Count == 0)
        {
            return null;
        }

        samples.Sort();
        int rank = (int)Math.Ceiling(share * samples.Count);
        return samples[Math.Clamp(rank, 1, samples.Count) - 1];
    }

    private static bool IsFailure(Exception exception) =>
        exception is GameRequestException || exception is IOException || exception is TimeoutException || exception is System.Net.Sockets.SocketException;
}
