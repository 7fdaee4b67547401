using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace EtProtocolGen.Orleans.Tests.Map;

/// <summary>
/// Signals between a test and <see cref="StallHandler"/>, which runs in a silo of the same process, one per unit (tests of
/// different classes may run at once): the silo a stalled request entered on, and the release. Only the fault tests send
/// <c>C2M_Stall</c>, each to units of its own.
/// </summary>
public static class Stalls
{
    private static readonly ConcurrentDictionary<long, Stall> ByUnit = new();

    /// <summary>The stall of unit <paramref name="unitId"/>.</summary>
    public static Stall Of(long unitId) => ByUnit.GetOrAdd(unitId, _ => new Stall());

    /// <summary>Releases the stalled handlers of unit <paramref name="unitId"/> and forgets its stall.</summary>
    public static void Release(long unitId)
    {
        if (ByUnit.TryRemove(unitId, out Stall? stall))
        {
            stall.Release.TrySetResult();
        }
    }
}

/// <summary>One unit's stall.</summary>
public sealed class Stall
{
    /// <summary>Completed with the silo's name when a stalled request reached its handler.</summary>
    public TaskCompletionSource<string> Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed by the test to let stalled handlers finish.</summary>
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
