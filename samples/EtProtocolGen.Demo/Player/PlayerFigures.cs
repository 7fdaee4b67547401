using System;
using System.Globalization;

namespace EtProtocolGen.Demo.Player;

/// <summary>What the player saw while an attack ran: how long the login took and the latency of its requests.</summary>
/// <param name="Login">Realm login, gate key and gate login, end to end; null when the login failed.</param>
/// <param name="P99">The 99th percentile (nearest rank) of the request latencies; null when no request was answered.</param>
/// <param name="Requests">Requests sent.</param>
/// <param name="Failed">Requests that failed, timed out or were refused.</param>
public sealed record PlayerFigures(TimeSpan? Login, TimeSpan? P99, int Requests, int Failed)
{
    /// <summary>The player logged in and every request was answered.</summary>
    public bool Served => Login.HasValue && Failed == 0 && Requests > 0;

    /// <summary>The targets of issue #19: a login within 1 s and a p99 under 50 ms.</summary>
    public bool WithinTargets => Served && Login!.Value < TimeSpan.FromSeconds(1) && P99!.Value < TimeSpan.FromMilliseconds(50);

    /// <summary>"312 ms" or "FAILED".</summary>
    public string LoginText => Login is { } login ? Milliseconds(login) : "FAILED";

    /// <summary>"4.1 ms (100 requests)" or with the failures.</summary>
    public string P99Text => (P99 is { } p99 ? Milliseconds(p99) : "-") + " (" + Requests.ToString(CultureInfo.InvariantCulture) + " requests"
        + (Failed == 0 ? ")" : ", " + Failed.ToString(CultureInfo.InvariantCulture) + " FAILED)");

    private static string Milliseconds(TimeSpan value) => value.TotalMilliseconds.ToString(value.TotalMilliseconds < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + " ms";
}
