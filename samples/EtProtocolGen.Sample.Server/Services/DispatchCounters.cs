using System;
using System.Collections.Concurrent;
using System.Threading;

namespace EtProtocolGen.Sample.Server.Services;

/// <summary>
/// What dispatch did, counted from the <see cref="DispatchResult"/> of every message: per status, and how many times a
/// handler ran per opcode. The demo reads these to show that a refused message never reached its handler.
/// </summary>
public sealed class DispatchCounters
{
    private readonly long[] _byStatus = new long[Enum.GetValues<DispatchStatus>().Length];
    private readonly ConcurrentDictionary<ushort, long> _handledByOpcode = new();

    /// <summary>Counts one result.</summary>
    public void Count(in DispatchResult result)
    {
        Interlocked.Increment(ref _byStatus[(int)result.Status]);
        if (result.IsHandled)
        {
            _handledByOpcode.AddOrUpdate(result.Opcode, 1, static (_, count) => count + 1);
        }
    }

    /// <summary>Messages that ended with <paramref name="status"/>.</summary>
    public long Of(DispatchStatus status) => Interlocked.Read(ref _byStatus[(int)status]);

    /// <summary>How many times the handler of <paramref name="opcode"/> ran to completion.</summary>
    public long Handled(ushort opcode) => _handledByOpcode.TryGetValue(opcode, out long count) ? count : 0;
}
