using System;
using System.Collections.Generic;
using EtProtocolGen.Fuzz.Properties;

namespace EtProtocolGen.Fuzz.Seeds
{
    /// <summary>
    /// The seed corpus of a decoder target: the encoded sample messages, each also cut one byte short, and hostile edge cases
    /// every decoder must refuse cleanly.
    /// </summary>
    public static class DecoderSeeds
    {
        /// <param name="samples">Valid messages.</param>
        /// <param name="invalidUtf8">An input whose only problem is invalid UTF-8 in one of the type's strings.</param>
        public static IEnumerable<KeyValuePair<string, byte[]>> Build<T>(IEnumerable<KeyValuePair<string, T>> samples, byte[] invalidUtf8)
            where T : IWireMessage
        {
            foreach (KeyValuePair<string, T> sample in samples)
            {
                byte[] encoded = WireBytes.Encode(sample.Value);
                yield return Seed("valid-" + sample.Key, encoded);
                if (encoded.Length > 1)
                {
                    yield return Seed("truncated-" + sample.Key, encoded.AsSpan(0, encoded.Length - 1).ToArray());
                }

                // An unknown field (number 100, length-delimited) appended: skipped on decode, gone after re-encoding.
                var withUnknown = new byte[encoded.Length + 4];
                encoded.CopyTo(withUnknown, 0);
                new byte[] { 0xA2, 0x06, 0x01, 0x41 }.CopyTo(withUnknown, encoded.Length);
                yield return Seed("unknown-field-" + sample.Key, withUnknown);
            }

            yield return Seed("empty", Array.Empty<byte>());
            yield return Seed("invalid-utf8", invalidUtf8);

            // Field 2, length-delimited, declaring 2^31 - 1 bytes: refused before anything is allocated.
            yield return Seed("huge-declared-length", new byte[] { 0x12, 0xFF, 0xFF, 0xFF, 0xFF, 0x07, 0x41 });

            // A varint of 11 bytes.
            yield return Seed("overlong-varint", new byte[] { 0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 });

            // Wire type 3 (start group) and field number 0.
            yield return Seed("group-wire-type", new byte[] { 0x0B, 0x0C });
            yield return Seed("field-zero", new byte[] { 0x00, 0x01 });

            // Field 1 with every wire type it is not declared with.
            yield return Seed("wrong-wire-types", new byte[] { 0x09, 1, 2, 3, 4, 5, 6, 7, 8, 0x0A, 0x01, 0x00, 0x0D, 1, 2, 3, 4 });
        }

        private static KeyValuePair<string, byte[]> Seed(string name, byte[] data) => new KeyValuePair<string, byte[]>(name, data);
    }
}
