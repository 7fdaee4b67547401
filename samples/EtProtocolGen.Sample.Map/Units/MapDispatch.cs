using System;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Map.Generated;

namespace EtProtocolGen.Sample.Map.Units;

/// <summary>The map's generated dispatchers: a client's forwarded message goes to <see cref="OuterDispatcher"/>, a server's to <see cref="InnerDispatcher"/>.</summary>
public sealed class MapDispatch
{
    private readonly OuterDispatcher _outer;
    private readonly InnerDispatcher _inner;

    /// <summary>Creates the router over the generated dispatchers.</summary>
    public MapDispatch(OuterDispatcher outer, InnerDispatcher inner)
    {
        _outer = outer ?? throw new ArgumentNullException(nameof(outer));
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    }

    /// <summary>Dispatches one message with the dispatcher of the caller's scope (each also refuses the other scope's opcodes).</summary>
    public ValueTask<DispatchResult> DispatchAsync(UnitSession session, ushort opcode, ReadOnlySpan<byte> payload, CancellationToken cancellationToken) =>
        session.Scope == MessageScope.Inner
            ? _inner.DispatchAsync(session, opcode, payload, cancellationToken)
            : _outer.DispatchAsync(session, opcode, payload, cancellationToken);
}
