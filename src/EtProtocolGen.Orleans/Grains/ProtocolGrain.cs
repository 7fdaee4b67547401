using System;
using System.Threading;
using System.Threading.Tasks;
using Orleans;

namespace EtProtocolGen.Orleans.Grains;

/// <summary>
/// The base of an entity's grain: every forwarded message goes through the entity's generated dispatcher with a session of
/// the caller's identity (<typeparamref name="TSession"/>, a <see cref="ForwardedSession"/> that may also carry the entity's
/// state for its handlers), one message at a time (a grain's turns do not interleave, as in ET's actor mailbox). Implement
/// <see cref="CreateSession"/> and <see cref="DispatchAsync(TSession, ushort, ReadOnlySpan{byte}, CancellationToken)"/>, which
/// calls the generated dispatcher of the session's scope.
/// </summary>
/// <typeparam name="TSession">The session type the entity's handlers take.</typeparam>
/// <example>
/// <code>
/// public sealed class UnitGrain : ProtocolGrain&lt;UnitSession&gt;, IUnitGrain
/// {
///     private readonly OuterDispatcher _outer;
///     private readonly InnerDispatcher _inner;
///
///     public UnitGrain(OuterDispatcher outer, InnerDispatcher inner) { _outer = outer; _inner = inner; }
///
///     protected override UnitSession CreateSession(ProtocolIdentity caller) => new UnitSession(caller, this.GetPrimaryKeyLong(), this);
///
///     protected override ValueTask&lt;DispatchResult&gt; DispatchAsync(UnitSession session, ushort opcode, ReadOnlySpan&lt;byte&gt; payload, CancellationToken cancellationToken) =>
///         session.Scope == MessageScope.Inner
///             ? _inner.DispatchAsync(session, opcode, payload, cancellationToken)
///             : _outer.DispatchAsync(session, opcode, payload, cancellationToken);
/// }
/// </code>
/// </example>
public abstract class ProtocolGrain<TSession> : Grain, IProtocolGrain
    where TSession : ForwardedSession
{
    /// <inheritdoc />
    public Task<ProtocolReply> DispatchAsync(ProtocolIdentity caller, ProtocolEnvelope message)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(message);
        TSession session = CreateSession(caller);

        // The dispatcher decodes the payload before it returns; only the handler's completion is awaited.
        ValueTask<DispatchResult> pending = DispatchAsync(session, message.Opcode, message.Payload, CancellationToken.None);
        return pending.IsCompletedSuccessfully ? Task.FromResult(Reply(session, pending.Result)) : ReplyWhenDone(session, pending);
    }

    /// <summary>The session a message from <paramref name="caller"/> is dispatched with (the entity's id is <c>this.GetPrimaryKeyLong()</c>).</summary>
    protected abstract TSession CreateSession(ProtocolIdentity caller);

    /// <summary>Runs the generated dispatcher of <paramref name="session"/>'s scope.</summary>
    /// <param name="session">The caller, as the forwarding server established it.</param>
    /// <param name="opcode">The message's opcode.</param>
    /// <param name="payload">The encoded message.</param>
    /// <param name="cancellationToken">Passed to the handler.</param>
    protected abstract ValueTask<DispatchResult> DispatchAsync(TSession session, ushort opcode, ReadOnlySpan<byte> payload, CancellationToken cancellationToken);

    /// <summary>Called with every dispatch result before the reply goes back (count it, log a handler's exception).</summary>
    protected virtual void OnDispatched(TSession session, in DispatchResult result)
    {
    }

    private async Task<ProtocolReply> ReplyWhenDone(TSession session, ValueTask<DispatchResult> pending) => Reply(session, await pending);

    private ProtocolReply Reply(TSession session, in DispatchResult result)
    {
        OnDispatched(session, result);
        return ProtocolReply.From(session, result);
    }
}
