using System;
using System.Reflection;

namespace EtProtocolGen.Tool.Tests.Infrastructure
{
    /// <summary>
    /// Runs a message type's generated <c>TryParse</c> and measures what it allocates on this thread, without reflection or
    /// boxing inside the measurement: a typed delegate is built once per type and called from a generic method.
    /// </summary>
    internal static class Decoders
    {
        private delegate bool TryParse<T>(ReadOnlySpan<byte> data, out T message, out ProtocolError error);

        /// <summary>The bytes decoding <paramref name="frame"/> allocates (after one warm-up decode of the same frame), and whether it decoded.</summary>
        public static (long Allocated, bool Decoded) Measure(Type messageType, byte[] frame)
        {
            MethodInfo tryParse = messageType.GetMethod("TryParse", new[] { typeof(ReadOnlySpan<byte>), messageType.MakeByRefType(), typeof(ProtocolError).MakeByRefType() })
                ?? throw new InvalidOperationException(messageType + " has no generated TryParse");
            Delegate parse = tryParse.CreateDelegate(typeof(TryParse<>).MakeGenericType(messageType));
            object result = typeof(Decoders).GetMethod(nameof(MeasureTyped), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(messageType)
                .Invoke(null, new object[] { parse, frame })!;
            return ((long, bool))result;
        }

        private static (long, bool) MeasureTyped<T>(TryParse<T> parse, byte[] frame)
        {
            parse(frame, out _, out _);
            long before = GC.GetAllocatedBytesForCurrentThread();
            bool decoded = parse(frame, out _, out _);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            return (allocated, decoded);
        }
    }
}
