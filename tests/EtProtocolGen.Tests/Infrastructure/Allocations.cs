using System;
using Xunit;

namespace EtProtocolGen.Tests.Infrastructure;

/// <summary>Measures what one call allocates on the current thread.</summary>
internal static class Allocations
{
    /// <summary>Refusing hostile input may allocate the exception and small bookkeeping, never anything near the input's claims.</summary>
    public const long Small = 64 * 1024;

    /// <summary>Runs <paramref name="action"/> once to warm up (JIT, exception machinery, pools), then returns what a second run allocates.</summary>
    public static long Of(Action action)
    {
        action();
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    public static void AssertSmall(string what, Action action)
    {
        long allocated = Of(action);
        Assert.True(allocated < Small, $"{what} allocated {allocated:N0} bytes (limit {Small:N0})");
    }
}
