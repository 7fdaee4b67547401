using System;

namespace EtProtocolGen.Demo.Load;

/// <summary>What one measured path did: requests completed, how fast, and the spread of their round trips.</summary>
/// <param name="Path">Which path was measured.</param>
/// <param name="Clients">Connections sending at once (each waits for its answer before the next request).</param>
/// <param name="Requests">Requests answered with success.</param>
/// <param name="Elapsed">Wall time of the measured phase.</param>
/// <param name="Median">Median round trip.</param>
/// <param name="P99">99th percentile round trip.</param>
public sealed record LoadFigures(string Path, int Clients, int Requests, TimeSpan Elapsed, TimeSpan Median, TimeSpan P99)
{
    /// <summary>Answered requests per second.</summary>
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    /// <inheritdoc />
    public override string ToString() =>
        $"| {Path} | {Clients} | {Requests} | {RequestsPerSecond:N0} | {Median.TotalMilliseconds:N2} ms | {P99.TotalMilliseconds:N2} ms |";
}
