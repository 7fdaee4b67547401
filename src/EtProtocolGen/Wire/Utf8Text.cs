using System;
using System.Text;

namespace EtProtocolGen.Wire
{
    /// <summary>Span-based UTF-8 conversions that also compile for netstandard2.0.</summary>
    internal static class Utf8Text
    {
        public static unsafe int GetCharCount(Encoding encoding, ReadOnlySpan<byte> bytes)
        {
#if NETCOREAPP2_1_OR_GREATER
            return encoding.GetCharCount(bytes);
#else
            fixed (byte* p = bytes)
            {
                return encoding.GetCharCount(p, bytes.Length);
            }
#endif
        }

        public static unsafe string GetString(Encoding encoding, ReadOnlySpan<byte> bytes)
        {
#if NETCOREAPP2_1_OR_GREATER
            return encoding.GetString(bytes);
#else
            fixed (byte* p = bytes)
            {
                return encoding.GetString(p, bytes.Length);
            }
#endif
        }

        public static unsafe int GetByteCount(string value)
        {
            return Encoding.UTF8.GetByteCount(value);
        }

        public static unsafe int GetBytes(string value, Span<byte> destination)
        {
#if NETCOREAPP2_1_OR_GREATER
            return Encoding.UTF8.GetBytes(value, destination);
#else
            fixed (char* chars = value)
            fixed (byte* bytes = destination)
            {
                return Encoding.UTF8.GetBytes(chars, value.Length, bytes, destination.Length);
            }
#endif
        }
    }
}
