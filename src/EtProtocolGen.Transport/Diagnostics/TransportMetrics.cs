using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Threading;

namespace EtProtocolGen.Transport.Diagnostics
{
    /// <summary>
    /// Counts refusals and connection closes per reason, both as <see cref="System.Diagnostics.Metrics"/> counters (meter
    /// <see cref="MeterName"/>: <c>etprotocol.transport.refusals</c> and <c>etprotocol.transport.closes</c>, tagged with
    /// <c>reason</c>; <c>etprotocol.transport.connections</c>) for dotnet-counters and OpenTelemetry, and as totals that the host
    /// can read in process. Thread-safe.
    /// </summary>
    /// <remarks>
    /// Kestrel refuses connections over its limit before any protocol code runs; metrics created from the host's
    /// <see cref="IMeterFactory"/> count those too, as <see cref="RefusalReason.ConnectionLimit"/>, by listening to that host's
    /// <c>kestrel.rejected_connections</c> counter.
    /// </remarks>
    public sealed class TransportMetrics : IDisposable
    {
        /// <summary>The meter's name.</summary>
        public const string MeterName = "EtProtocolGen.Transport";

        private const string KestrelMeterName = "Microsoft.AspNetCore.Server.Kestrel";
        private const string KestrelRejectedConnections = "kestrel.rejected_connections";

        private static readonly int ReasonCount = Enum.GetValues<RefusalReason>().Length;
        private static readonly int CloseCount = Enum.GetValues<CloseReason>().Length;

        private readonly long[] _refusals = new long[ReasonCount];
        private readonly long[] _closes = new long[CloseCount];
        private readonly Meter _meter;
        private readonly bool _ownsMeter;
        private readonly Counter<long> _refusalCounter;
        private readonly Counter<long> _closeCounter;
        private readonly Counter<long> _connectionCounter;
        private readonly MeterListener? _kestrelListener;
        private long _connections;

        /// <summary>Creates metrics on a meter of its own.</summary>
        public TransportMetrics()
            : this(new Meter(MeterName), ownsMeter: true)
        {
        }

        /// <summary>
        /// Creates metrics on a meter from <paramref name="meterFactory"/> (the host's DI container), and counts the connections
        /// that the same host's Kestrel refuses over its connection limit.
        /// </summary>
        public TransportMetrics(IMeterFactory meterFactory)
            : this((meterFactory ?? throw new ArgumentNullException(nameof(meterFactory))).Create(MeterName), ownsMeter: false)
        {
            _kestrelListener = new MeterListener
            {
                InstrumentPublished = (instrument, listener) =>
                {
                    // Only this host's Kestrel: other hosts in the process have meters from other factories.
                    if (instrument.Meter.Name == KestrelMeterName && instrument.Name == KestrelRejectedConnections
                        && ReferenceEquals(instrument.Meter.Scope, meterFactory))
                    {
                        listener.EnableMeasurementEvents(instrument, this);
                    }
                },
            };
            _kestrelListener.SetMeasurementEventCallback<long>(static (instrument, measurement, tags, state) =>
            {
                var metrics = (TransportMetrics)state!;
                for (long i = 0; i < measurement; i++)
                {
                    metrics.Refused(RefusalReason.ConnectionLimit);
                }
            });
            _kestrelListener.Start();
        }

        private TransportMetrics(Meter meter, bool ownsMeter)
        {
            _meter = meter;
            _ownsMeter = ownsMeter;
            _refusalCounter = meter.CreateCounter<long>("etprotocol.transport.refusals", "{refusal}", "Messages or connections refused, by reason.");
            _closeCounter = meter.CreateCounter<long>("etprotocol.transport.closes", "{connection}", "Connections closed, by reason.");
            _connectionCounter = meter.CreateCounter<long>("etprotocol.transport.connections", "{connection}", "Connections accepted.");
        }

        /// <summary>Connections accepted so far.</summary>
        public long Connections => Interlocked.Read(ref _connections);

        /// <summary>Refusals so far for <paramref name="reason"/>.</summary>
        public long Refusals(RefusalReason reason) => Interlocked.Read(ref _refusals[(int)reason]);

        /// <summary>Connections closed so far for <paramref name="reason"/>.</summary>
        public long Closes(CloseReason reason) => Interlocked.Read(ref _closes[(int)reason]);

        /// <summary>All refusals so far.</summary>
        public long TotalRefusals
        {
            get
            {
                long total = 0;
                for (int i = 0; i < _refusals.Length; i++)
                {
                    total += Interlocked.Read(ref _refusals[i]);
                }

                return total;
            }
        }

        /// <summary>Counts one refusal.</summary>
        public void Refused(RefusalReason reason)
        {
            Interlocked.Increment(ref _refusals[(int)reason]);
            _refusalCounter.Add(1, new KeyValuePair<string, object?>("reason", reason.ToString()));
        }

        /// <summary>Counts one accepted connection.</summary>
        public void Opened()
        {
            Interlocked.Increment(ref _connections);
            _connectionCounter.Add(1);
        }

        /// <summary>Counts one closed connection.</summary>
        public void Closed(CloseReason reason)
        {
            Interlocked.Increment(ref _closes[(int)reason]);
            _closeCounter.Add(1, new KeyValuePair<string, object?>("reason", reason.ToString()));
        }

        /// <inheritdoc />
        public void Dispose()
        {
            _kestrelListener?.Dispose();
            if (_ownsMeter)
            {
                _meter.Dispose();
            }
        }
    }
}
