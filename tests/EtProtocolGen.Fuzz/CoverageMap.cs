using System.Runtime.InteropServices;

namespace EtProtocolGen.Fuzz
{
    /// <summary>
    /// SharpFuzz-instrumented code records every branch in <c>SharpFuzz.Common.Trace.SharedMem</c>, which only
    /// <c>Fuzzer.Run</c> points at AFL++'s shared memory. Until then it is null and the first instrumented branch crashes
    /// the process. A scratch map lets the instrumented build list targets, replay inputs and warm up before AFL++ takes
    /// over; in an uninstrumented build nothing ever writes to it.
    /// </summary>
    internal static class CoverageMap
    {
        // AFL++'s default map size (MAP_SIZE, 64 KiB) with room to spare.
        private const int ScratchSize = 1 << 20;

        public static unsafe void EnsureWritable()
        {
            if (SharpFuzz.Common.Trace.SharedMem == null)
            {
                SharpFuzz.Common.Trace.SharedMem = (byte*)Marshal.AllocHGlobal(ScratchSize);
                new System.Span<byte>(SharpFuzz.Common.Trace.SharedMem, ScratchSize).Clear();
            }
        }
    }
}
