using System;
using System.Diagnostics.Metrics;
using System.Threading;

namespace EtProtocolGen.Sample.Server.Hosting;

/// <summary>
/// Reads Kestrel's own <c>kestrel.rejected_connections</c> counter (connections refused on accept because
/// <c>MaxConcurrentConnections</c> was reached) for one server, identified by the meter factory of its container.
/// </summary>
public sealed class KestrelConnectionCounter : IDisposable
{
    private const string KestrelMeter = "Microsoft.AspNetCore.Server.Kestrel";
    private const string RejectedInstrument = "kestrel.rejected_connections";

    private readonly MeterListener _listener = new();
    private long _rejected;

    /// <summary>Listens to the Kestrel meter created by <paramref name="meterFactory"/>.</summary>
    public KestrelConnectionCounter(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == KestrelMeter && instrument.Name == RejectedInstrument && ReferenceEquals(instrument.Meter.Scope, meterFactory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _rejected, value));
        _listener.Start();
    }

    /// <summary>Connections Kestrel refused on accept so far.</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    /// <inheritdoc />
    public void Dispose() => _listener.Dispose();
}
