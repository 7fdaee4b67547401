using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace EtProtocolGen
{
    /// <summary>Cold paths that throw, kept out of the hot reader and writer methods so they stay small enough to inline.</summary>
    public static class ThrowHelper
    {
        /// <summary>Throws <see cref="ProtocolException"/> with the given error and field number.</summary>
        [DoesNotReturn]
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void ThrowProtocol(ProtocolError error, int fieldNumber = 0) =>
            throw new ProtocolException(error, fieldNumber);

        /// <summary>Throws <see cref="System.ArgumentNullException"/> for <paramref name="paramName"/>.</summary>
        [DoesNotReturn]
        [MethodImpl(MethodImplOptions.NoInlining)]
        internal static void ThrowArgumentNull(string paramName) =>
            throw new System.ArgumentNullException(paramName);
    }
}
