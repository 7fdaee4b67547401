using System;
using System.Collections.Concurrent;
using System.Threading;

namespace EtProtocolGen.Sample.Server.Services;

/// <summary>
/// What dispatch did, counted from the <see cref="DispatchResult"/> of every message: per status and scope, and how many
/// times a handler ran per opcode. The demo reads these to show that a refused message never reached its handler.
/// </summary>
public sealed class DispatchCounters
{
    private static readonly int StatusCount = Enum.GetValues<DispatchStatus>().Length;

    private readonly long[] _outer = new long[StatusCount];
    private readonly long[] _inner = new long[StatusCount];
    private readonly ConcurrentDictionary<ushort, long> _handledByOpcode = new();

    /// <summary>Counts one result of a message from <paramref name="scope"/>.</summary>
    public void Count(in DispatchResult result, MessageScope scope)
    {
        Interlocked.Increment(ref (scope == MessageScope.Inner ? _inner : _outer)[(int)result.Status]);
        if (result.IsHandled)
        {
            _handledByOpcode.AddOrUpdate(result.Opcode, 1, static (_, count) => count + 1);
        }
    }

    /// <summary>Messages from clients (Outer sessions) whose dispatch ended with <paramref name="status"/>.</summary>
    public long Of(DispatchStatus status) => Interlocked.Read(ref _outer[(int)status]);

    /// <summary>Inner (server-to-server) messages whose dispatch ended with <paramref name="status"/>.</summary>
    public long InnerOf(DispatchStatus status) => Interlocked.Read(ref _inner[(int)status]);

    /// <summary>How many times the handler of <paramref name="opcode"/> ran to completion.</summary>
    public long Handled(ushort opcode) => _handledByOpcode.TryGetValue(opcode, out long count) ? count : 0;
}
