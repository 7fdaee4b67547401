using System;

namespace EtProtocolGen.Fuzz.Properties
{
    /// <summary>
    /// The memory property: decoding (or dispatching) <c>n</c> input bytes may allocate at most
    /// <see cref="BytesPerInputByte"/> · n + <see cref="FixedBytes"/> bytes on the calling thread, whatever the input declares.
    /// </summary>
    /// <remarks>
    /// The factor covers the honest worst case of the protocol under test: two input bytes (a tag and a zero length) can make
    /// an empty embedded message, which is an object plus its empty collections (about 150 bytes), and UTF-8 text doubles in
    /// UTF-16. The constant covers the exception a refused input costs (object, message, stack trace) and one-time type
    /// initialisation. A decoder that trusts a declared length or count (a 6-byte input claiming a 2 GB string or a
    /// million elements) allocates before it finds out, and exceeds the budget by orders of magnitude.
    /// </remarks>
    public static class AllocationBudget
    {
        public const long BytesPerInputByte = 128;

        public const long FixedBytes = 64 * 1024;

        /// <summary>The most a step over <paramref name="inputLength"/> bytes may allocate.</summary>
        public static long For(int inputLength) => BytesPerInputByte * inputLength + FixedBytes;

        /// <summary>Runs <paramref name="step"/> and returns the bytes it allocated on this thread.</summary>
        public static long Measure(Action step)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            step();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        /// <summary>Throws <see cref="PropertyViolationException"/> when <paramref name="allocated"/> exceeds the budget.</summary>
        public static void Check(string target, string step, int inputLength, long allocated)
        {
            long budget = For(inputLength);
            if (allocated > budget)
            {
                throw new PropertyViolationException(
                    target,
                    "bounded-allocation",
                    step + " allocated " + allocated + " bytes for " + inputLength + " input bytes (budget " + budget + ")");
            }
        }
    }
}
