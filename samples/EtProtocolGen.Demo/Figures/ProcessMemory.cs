using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace EtProtocolGen.Demo.Figures;

/// <summary>The process's resident memory and the GC's view of it, for the figures run.</summary>
internal readonly record struct ProcessMemory(long ResidentBytes, long ManagedHeapBytes, long CommittedBytes, long PinnedHeapBytes)
{
    /// <summary>Reads the process's resident set (what the OS counts against it) and the GC's heap and committed sizes now.</summary>
    public static ProcessMemory Now()
    {
        using Process self = Process.GetCurrentProcess();
        GCMemoryInfo gc = GC.GetGCMemoryInfo();
        // The pinned object heap (generation index 4) holds Kestrel's pool blocks; its size as of the last collection.
        long pinned = gc.GenerationInfo.Length > 4 ? gc.GenerationInfo[4].SizeAfterBytes : 0;
        return new ProcessMemory(self.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false), gc.TotalCommittedBytes, pinned);
    }

    /// <summary>The machine's load averages (1, 5, 15 minutes) from /proc/loadavg, or "n/a" elsewhere.</summary>
    public static string LoadAverage()
    {
        try
        {
            string[] parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return parts[0] + " " + parts[1] + " " + parts[2];
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            return "n/a";
        }
    }

    /// <summary>"RSS 83.2 MiB (GC heap 12.1 MiB, committed 20.0 MiB, pinned heap at the last GC 4.0 MiB)".</summary>
    public override string ToString() =>
        "RSS " + MiB(ResidentBytes) + " (GC heap " + MiB(ManagedHeapBytes) + ", committed " + MiB(CommittedBytes) + ", pinned heap at the last GC " + MiB(PinnedHeapBytes) + ")";

    public static string MiB(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MiB";
}
