using System;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Orleans.Grains;
using EtProtocolGen.Sample.Server.Generated;
using EtProtocolGen.Sample.Server.Services;
using EtProtocolGen.Sample.Server.Sessions;
using Orleans.Runtime;

namespace EtProtocolGen.Sample.Server.Cluster;

/// <summary>
/// The gate's grain: runs the server's generated <see cref="InnerDispatcher"/> for another silo's inner request, with the
/// calling server's identity. It lives in the gate process (the only silo that hosts it), next to the keys its handler issues.
/// </summary>
[GrainType(GrainTypeName)]
public sealed class GateGrain : ProtocolGrain<InnerSession>, IGateGrain
{
    /// <summary>The grain type of the gate (Orleans' name for this class, pinned): the realm builds the gate's reference from it.</summary>
    public const string GrainTypeName = "gate";

    private readonly InnerDispatcher _dispatcher;
    private readonly DispatchCounters _counters;

    /// <summary>Creates the grain.</summary>
    public GateGrain(InnerDispatcher dispatcher, DispatchCounters counters)
    {
        _dispatcher = dispatcher ?? throw new ArgumentNullException(nameof(dispatcher));
        _counters = counters ?? throw new ArgumentNullException(nameof(counters));
    }

    /// <inheritdoc />
    protected override InnerSession CreateSession(ProtocolIdentity caller) => new(caller);

    /// <inheritdoc />
    protected override ValueTask<DispatchResult> DispatchAsync(InnerSession session, ushort opcode, ReadOnlySpan<byte> payload, CancellationToken cancellationToken) =>
        _dispatcher.DispatchAsync(session, opcode, payload, cancellationToken);

    /// <inheritdoc />
    protected override void OnDispatched(InnerSession session, in DispatchResult result) => _counters.Count(result, MessageScope.Inner);
}
