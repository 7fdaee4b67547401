using System;
using System.Text;
#if NET8_0_OR_GREATER
using System.Buffers;
using System.Text.Unicode;
#endif

namespace EtProtocolGen.Wire
{
    /// <summary>Span-based UTF-8 conversions that also compile for netstandard2.0.</summary>
    internal static class Utf8Text
    {
#if NET8_0_OR_GREATER
        /// <summary>Strings up to this many UTF-16 characters are transcoded on the stack; longer ones in a pooled buffer.</summary>
        private const int StackChars = 512;

        /// <summary>
        /// Validates, counts and transcodes <paramref name="utf8"/> in one pass, refusing it as soon as it exceeds
        /// <paramref name="maxChars"/> characters, then copies the characters into the string. This replaces a strict
        /// character count followed by <see cref="Encoding.GetString(ReadOnlySpan{byte})"/>, which counts again.
        /// </summary>
        [System.Runtime.CompilerServices.SkipLocalsInit] // the stack buffer is written before it is read
        public static OperationStatus TryGetBoundedString(ReadOnlySpan<byte> utf8, int maxChars, out string value)
        {
            value = string.Empty;
            int capacity = Math.Min(utf8.Length, maxChars);
            char[]? rented = null;
            Span<char> chars = capacity <= StackChars
                ? stackalloc char[StackChars]
                : (rented = ArrayPool<char>.Shared.Rent(capacity));
            chars = chars.Slice(0, capacity);

            OperationStatus status = Utf8.ToUtf16(utf8, chars, out _, out int written, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == OperationStatus.Done)
            {
                value = new string(chars.Slice(0, written));
            }

            if (rented is not null)
            {
                // The decoded characters of a peer's string (a password) must not reach the next renter.
                chars.Slice(0, written).Clear();
                ArrayPool<char>.Shared.Return(rented);
            }

            return status;
        }

        /// <summary>Strings of up to this many bytes are tried as ASCII first.</summary>
        public const int ShortAsciiBytes = 64;

        /// <summary>
        /// Short ASCII text (account names, keys, item codes: most strings of a game protocol) widened straight into the
        /// new string: about 5 ns less per string than the general UTF-8 decoder, whose count-then-transcode set-up
        /// dominates at this size. False, having done nothing, for longer text or any byte of 0x80 or above; the caller
        /// then decodes it strictly.
        /// </summary>
        public static unsafe bool TryGetShortAsciiString(ReadOnlySpan<byte> utf8, out string value)
        {
            if (utf8.Length > ShortAsciiBytes || !Ascii.IsValid(utf8))
            {
                value = string.Empty;
                return false;
            }

            fixed (byte* bytes = utf8)
            {
                // The bytes stay pinned while string.Create runs the callback, which widens every byte (all below 0x80).
                value = string.Create(utf8.Length, (IntPtr)bytes, static (chars, source) =>
                    Ascii.ToUtf16(new ReadOnlySpan<byte>((byte*)source, chars.Length), chars, out _));
            }

            return true;
        }

#else
        /// <summary>netstandard2.0 only: net8.0 counts while it transcodes, in <c>TryGetBoundedString</c>.</summary>
        public static unsafe int GetCharCount(Encoding encoding, ReadOnlySpan<byte> bytes)
        {
            fixed (byte* p = bytes)
            {
                return encoding.GetCharCount(p, bytes.Length);
            }
        }

#endif

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

        public static int GetByteCount(string value)
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
