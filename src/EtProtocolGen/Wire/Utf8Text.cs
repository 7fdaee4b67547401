using System;
using System.Buffers;
using System.Text;
#if NET8_0_OR_GREATER
using System.Text.Unicode;
#endif

namespace EtProtocolGen.Wire
{
    /// <summary>Span-based UTF-8 conversions that also compile for netstandard2.0.</summary>
    internal static class Utf8Text
    {
        /// <summary>
        /// Decodes strict UTF-8 of at most <paramref name="maxChars"/> UTF-16 characters without throwing:
        /// <see cref="OperationStatus.Done"/> and the string, <see cref="OperationStatus.DestinationTooSmall"/> over the limit, or
        /// <see cref="OperationStatus.InvalidData"/> for invalid UTF-8 (found in the pass that decodes or counts, never by catching
        /// an exception). The caller checked that <paramref name="utf8"/> can hold no more than 3 bytes per allowed character.
        /// </summary>
        public static OperationStatus TryGetString(ReadOnlySpan<byte> utf8, int maxChars, out string value)
        {
#if NET8_0_OR_GREATER
            // (ProtoReader.ReadString tries TryGetShortAsciiString first, inline.)
            if (utf8.Length > maxChars || utf8.Length <= StackChars)
            {
                return TryGetBoundedString(utf8, maxChars, out value);
            }

            // Long text under its limit: validated in a vectorized pass, then decoded straight into the string, instead of
            // through a pooled buffer of its size.
            if (!Utf8.IsValid(utf8))
            {
                value = string.Empty;
                return OperationStatus.InvalidData;
            }

            value = Encoding.UTF8.GetString(utf8);
            return OperationStatus.Done;
#else
            int chars = CountValidChars(utf8);
            value = string.Empty;
            if (chars < 0)
            {
                return OperationStatus.InvalidData;
            }

            if (chars > maxChars)
            {
                return OperationStatus.DestinationTooSmall;
            }

            // Valid: the lenient decoder gives exactly what the strict one would.
            value = GetString(Encoding.UTF8, utf8);
            return OperationStatus.Done;
#endif
        }

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
        /// <summary>
        /// netstandard2.0 only (net8.0 validates while it transcodes): the UTF-16 length of strict UTF-8, or -1 at the first
        /// ill-formed sequence (Unicode table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), the checks
        /// <c>UTF8Encoding(throwOnInvalidBytes: true)</c> makes. One pass, no allocation, no exception.
        /// </summary>
        public static int CountValidChars(ReadOnlySpan<byte> utf8)
        {
            int chars = 0;
            int i = 0;
            while (i < utf8.Length)
            {
                byte lead = utf8[i];
                if (lead < 0x80)
                {
                    i++;
                    chars++;
                    continue;
                }

                int left = utf8.Length - i;
                if (lead < 0xC2)
                {
                    return -1; // a continuation byte, or an overlong two-byte form
                }

                if (lead < 0xE0)
                {
                    if (left < 2 || !IsContinuation(utf8[i + 1]))
                    {
                        return -1;
                    }

                    i += 2;
                    chars++;
                    continue;
                }

                if (lead < 0xF0)
                {
                    // E0 needs A0..BF next (no overlong form), ED needs 80..9F (no surrogate).
                    if (left < 3 || !IsContinuation(utf8[i + 1]) || !IsContinuation(utf8[i + 2])
                        || (lead == 0xE0 && utf8[i + 1] < 0xA0) || (lead == 0xED && utf8[i + 1] > 0x9F))
                    {
                        return -1;
                    }

                    i += 3;
                    chars++;
                    continue;
                }

                // F0 needs 90..BF next (no overlong form), F4 needs 80..8F (nothing above U+10FFFF), F5..FF never appear.
                if (lead > 0xF4 || left < 4 || !IsContinuation(utf8[i + 1]) || !IsContinuation(utf8[i + 2]) || !IsContinuation(utf8[i + 3])
                    || (lead == 0xF0 && utf8[i + 1] < 0x90) || (lead == 0xF4 && utf8[i + 1] > 0x8F))
                {
                    return -1;
                }

                i += 4;
                chars += 2; // a surrogate pair
            }

            return chars;
        }

        private static bool IsContinuation(byte value) => (value & 0xC0) == 0x80;

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
