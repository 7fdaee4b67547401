using System.Threading.Tasks;

namespace EtProtocolGen.Orleans.Tests.Map;

/// <summary>
/// Signals between the fault test and <see cref="StallHandler"/>, which runs in a silo of the same process: the silo the
/// stalled request entered on, and the release. Only the fault test sends <c>C2M_Stall</c>.
/// </summary>
public static class Stalls
{
    /// <summary>Completed with the silo's name when a stalled request reached its handler.</summary>
    public static TaskCompletionSource<string> Entered { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed by the test to let stalled handlers finish.</summary>
    public static TaskCompletionSource Release { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Releases every stalled handler and starts over.</summary>
    public static void Reset()
    {
        Release.TrySetResult();
        Entered = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        Release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
