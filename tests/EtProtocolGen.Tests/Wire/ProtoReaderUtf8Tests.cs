using System;
using System.Text;
using CsCheck;
using EtProtocolGen.Tests.Infrastructure;
using EtProtocolGen.Wire;
using Xunit;

namespace EtProtocolGen.Tests.Wire;

/// <summary>Strings must be valid UTF-8, and their character limit holds for multi-byte text at the boundary.</summary>
public class ProtoReaderUtf8Tests
{
    public static TheoryData<byte[]> InvalidUtf8 => new()
    {
        new byte[] { 0x80 },                         // lone continuation byte
        new byte[] { 0xBF, 0x41 },
        new byte[] { 0xC0, 0x80 },                   // overlong NUL
        new byte[] { 0xC1, 0xBF },                   // overlong 0x7F
        new byte[] { 0xE0, 0x80, 0x80 },             // overlong 3-byte
        new byte[] { 0xE0, 0x9F, 0xBF },             // overlong 3-byte (0x7FF)
        new byte[] { 0xF0, 0x80, 0x80, 0x80 },       // overlong 4-byte
        new byte[] { 0xF0, 0x8F, 0xBF, 0xBF },       // overlong 4-byte (0xFFFF)
        new byte[] { 0xED, 0xA0, 0x80 },             // lone high surrogate U+D800
        new byte[] { 0xED, 0xBF, 0xBF },             // lone low surrogate U+DFFF
        new byte[] { 0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80 }, // CESU-8 surrogate pair
        new byte[] { 0xF4, 0x90, 0x80, 0x80 },       // above U+10FFFF
        new byte[] { 0xF5, 0x80, 0x80, 0x80 },
        new byte[] { 0xFE },
        new byte[] { 0xFF },
        new byte[] { 0xC3 },                         // truncated 2-byte sequence
        new byte[] { 0xE2, 0x82 },                   // truncated 3-byte sequence
        new byte[] { 0xF0, 0x9F, 0x98 },             // truncated 4-byte sequence
        new byte[] { 0x41, 0xE2, 0x28, 0xA1 },       // bad continuation
    };

    [Theory]
    [MemberData(nameof(InvalidUtf8))]
    public void Invalid_utf8_is_refused_with_and_without_a_char_limit(byte[] text)
    {
        byte[] data = new Bytes().LengthDelimited(4, text);
        ReaderAssert.Fails(data, ProtocolError.InvalidUtf8, 4, (ref ProtoReader r) => { r.ReadTag(); r.ReadString(0); });
        ReaderAssert.Fails(data, ProtocolError.InvalidUtf8, 4, (ref ProtoReader r) => { r.ReadTag(); r.ReadString(text.Length); });

        // A limit between a third of the byte count and the byte count makes the reader count chars first.
        int countingLimit = (text.Length + 2) / 3;
        ReaderAssert.Fails(data, ProtocolError.InvalidUtf8, 4, (ref ProtoReader r) => { r.ReadTag(); r.ReadString(countingLimit); });
    }

    [Theory]
    [MemberData(nameof(InvalidUtf8))]
    public void Invalid_utf8_inside_valid_text_is_refused(byte[] text)
    {
        byte[] payload = new Bytes().Raw(Encoding.UTF8.GetBytes("ok €")).Raw(text).Raw(Encoding.UTF8.GetBytes("😀 end"));
        byte[] data = new Bytes().LengthDelimited(4, payload);
        ReaderAssert.Fails(data, ProtocolError.InvalidUtf8, 4, (ref ProtoReader r) => { r.ReadTag(); r.ReadString(0); });
        ReaderAssert.Fails(data, ProtocolError.InvalidUtf8, 4, (ref ProtoReader r) => { r.ReadTag(); r.ReadString(100); });
    }

    [Theory]
    [InlineData("\0")]
    [InlineData("\u007F")]
    [InlineData("\u0080")]
    [InlineData("\u07FF")]
    [InlineData("\u0800")]
    [InlineData("\uD7FF")]
    [InlineData("\uE000")]
    [InlineData("\uFFFD")]
    [InlineData("\uFFFF")]
    [InlineData("\U00010000")]
    [InlineData("\U0010FFFF")]
    [InlineData("\uFEFFbom kept")]
    public void Valid_utf8_at_every_encoding_boundary_is_accepted(string text)
    {
        byte[] data = new Bytes().LengthDelimited(1, Encoding.UTF8.GetBytes(text));
        ProtoReader reader = new(data);
        reader.ReadTag();
        Assert.Equal(text, reader.ReadString(0));
    }

    [Theory]
    [InlineData("abc", 3, true)]
    [InlineData("abcd", 3, false)]
    [InlineData("€€", 2, true)]      // 6 bytes, 2 chars: over the byte count, within the char count
    [InlineData("€€€", 2, false)]    // 9 bytes > 3 * 2: refused before decoding
    [InlineData("a€", 2, true)]      // 4 bytes, 2 chars: has to be counted
    [InlineData("aa€", 2, false)]    // 5 bytes, 3 chars
    [InlineData("é", 1, true)]
    [InlineData("éé", 1, false)]
    [InlineData("😀", 2, true)]      // one scalar, two UTF-16 chars, 4 bytes
    [InlineData("😀", 1, false)]
    [InlineData("😀😀😀", 6, true)]
    [InlineData("😀😀😀a", 6, false)]
    [InlineData("€€€€€€€€€€", 10, true)]
    [InlineData("€€€€€€€€€€é", 10, false)]
    public void Char_limit_counts_utf16_chars_for_multi_byte_text(string text, int maxChars, bool accepted)
    {
        byte[] data = new Bytes().LengthDelimited(8, Encoding.UTF8.GetBytes(text));
        if (accepted)
        {
            ProtoReader reader = new(data);
            reader.ReadTag();
            Assert.Equal(text, reader.ReadString(maxChars));
        }
        else
        {
            ReaderAssert.Fails(data, ProtocolError.LimitExceeded, 8, (ref ProtoReader r) => { r.ReadTag(); r.ReadString(maxChars); });
        }
    }

    [Theory]
    [InlineData(100, 100, true)]     // transcoded on the stack
    [InlineData(100, 99, false)]
    [InlineData(2000, 2000, true)]   // longer than the stack buffer: transcoded in a pooled buffer
    [InlineData(2000, 1999, false)]
    [InlineData(2000, 4000, true)]
    public void Long_multi_byte_text_is_counted_and_decoded_at_the_limit(int chars, int maxChars, bool accepted)
    {
        var builder = new StringBuilder(chars);
        for (int i = 0; i < chars; i++)
        {
            builder.Append((char)('\u4E00' + i % 500)); // CJK: three UTF-8 bytes each
        }

        string text = builder.ToString();
        byte[] data = new Bytes().LengthDelimited(3, Encoding.UTF8.GetBytes(text));
        if (accepted)
        {
            ProtoReader reader = new(data);
            reader.ReadTag();
            Assert.Equal(text, reader.ReadString(maxChars));
        }
        else
        {
            ReaderAssert.Fails(data, ProtocolError.LimitExceeded, 3, (ref ProtoReader r) => { r.ReadTag(); r.ReadString(maxChars); });
        }

        // The same text with its last byte cut off ends in a truncated sequence.
        byte[] cut = Encoding.UTF8.GetBytes(text);
        byte[] truncated = new Bytes().LengthDelimited(3, cut.AsSpan(0, cut.Length - 1).ToArray());
        ReaderAssert.Fails(truncated, ProtocolError.InvalidUtf8, 3, (ref ProtoReader r) => { r.ReadTag(); r.ReadString(chars); });
    }

    [Fact]
    public void Over_long_text_is_refused_without_decoding_it()
    {
        byte[] text = new byte[1024 * 1024];
        text.AsSpan().Fill((byte)'x');
        byte[] data = new Bytes().LengthDelimited(2, text);
        ReaderAction read = (ref ProtoReader r) => { r.ReadTag(); r.ReadString(16); };

        ReaderAssert.Refuses(data, read);
        long before = GC.GetAllocatedBytesForCurrentThread();
        ProtocolException e = ReaderAssert.Refuses(data, read);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(ProtocolError.LimitExceeded, e.Error);
        Assert.True(allocated < 64 * 1024, $"refusing a 1 MiB string over a 16-char limit allocated {allocated} bytes");
    }

    /// <summary>Lengths on both sides of the short-ASCII path's 64-byte limit (net8.0), every ASCII byte from 0x00 to 0x7F included.</summary>
    public static TheoryData<int> AsciiLengths => new() { 1, 2, 3, 7, 16, 31, 63, 64, 65, 127, 128, 200 };

    [Theory]
    [MemberData(nameof(AsciiLengths))]
    public void Ascii_text_decodes_to_exactly_its_characters(int length)
    {
        for (int first = 0; first < 128; first += 37)
        {
            var chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = (char)((first + i) % 128);
            }

            string text = new(chars);
            byte[] data = new Bytes().LengthDelimited(1, Encoding.ASCII.GetBytes(text)).Tag(2, 0).Varint(5);
            foreach (int maxChars in new[] { 0, length, length + 1 })
            {
                ProtoReader reader = new(data);
                reader.ReadTag();
                Assert.Equal(text, reader.ReadString(maxChars));
                Assert.Equal(WireFormat.MakeTag(2, WireType.Varint), reader.ReadTag());
            }
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0x6E, 0x6E, 0x80 })]                 // ASCII then a lone continuation byte
    [InlineData(new byte[] { 0x61, 0xC3 })]                               // ASCII then a truncated sequence
    [InlineData(new byte[] { 0x61, 0x6E, 0x6E, 0xC0, 0x80, 0x61 })]       // ASCII around an overlong NUL
    public void A_short_mostly_ascii_string_with_one_bad_byte_is_refused(byte[] text)
    {
        byte[] data = new Bytes().LengthDelimited(4, text);
        ReaderAssert.Fails(data, ProtocolError.InvalidUtf8, 4, (ref ProtoReader r) => { r.ReadTag(); r.ReadString(0); });
        ReaderAssert.Fails(data, ProtocolError.InvalidUtf8, 4, (ref ProtoReader r) => { r.ReadTag(); r.ReadString(32); });
    }

    [Theory]
    [InlineData("anné")]      // one 2-byte character after ASCII
    [InlineData("éann")]
    [InlineData("id-€-7")]
    public void A_short_string_with_non_ascii_characters_decodes_through_the_strict_decoder(string text)
    {
        byte[] data = new Bytes().LengthDelimited(1, Encoding.UTF8.GetBytes(text));
        ProtoReader reader = new(data);
        reader.ReadTag();
        Assert.Equal(text, reader.ReadString(32));
    }

    [Fact]
    public void Read_string_consumes_exactly_its_bytes()
    {
        byte[] data = new Bytes().LengthDelimited(1, Encoding.UTF8.GetBytes("héllo")).Tag(2, 0).Varint(5);
        ProtoReader reader = new(data);
        reader.ReadTag();
        Assert.Equal("héllo", reader.ReadString(5));
        Assert.Equal(WireFormat.MakeTag(2, WireType.Varint), reader.ReadTag());
    }

    /// <summary>
    /// Bytes that are mostly pieces of UTF-8 (ASCII, lead bytes of every length, continuation bytes, the bytes next to the
    /// overlong, surrogate and U+10FFFF boundaries), so that valid and invalid sequences both come up often, up to 700 bytes
    /// (past the 512-character stack buffer and the 64-byte ASCII path).
    /// </summary>
    private static readonly Gen<byte[]> Utf8Pieces = Gen.Frequency(
        (6, Gen.Byte[0x20, 0x7E]),
        (3, Gen.Byte[0x80, 0xBF]),
        (2, Gen.Byte[0xC0, 0xDF]),
        (2, Gen.Byte[0xE0, 0xEF]),
        (1, Gen.Byte[0xF0, 0xFF]),
        (1, Gen.OneOf(Gen.Const((byte)0x9F), Gen.Const((byte)0xA0), Gen.Const((byte)0x8F), Gen.Const((byte)0x90), Gen.Const((byte)0xED), Gen.Const((byte)0xF4)))).Array[1, 700];

    /// <summary>Valid UTF-8 of any characters (surrogate pairs included), as is or with one byte replaced.</summary>
    private static readonly Gen<byte[]> Utf8Text = Gen.Char.Array[1, 400].Select(chars => Encoding.UTF8.GetBytes(new string(chars)));

    private static readonly Gen<byte[]> Texts = Gen.OneOf(
        Utf8Pieces,
        Utf8Text,
        Utf8Text.SelectMany(text => Gen.Select(Gen.Int[0, text.Length - 1], Gen.Byte), (text, edit) =>
        {
            text[edit.Item1] = edit.Item2;
            return text;
        }));

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Fact]
    public void The_reader_accepts_exactly_what_the_strict_decoder_accepts_and_decodes_the_same_text()
    {
        // Run by both test projects: through the net8.0 transcoder and the netstandard2.0 one-pass validator.
        Property.Check(Texts.SelectMany(text => Gen.Int[1, text.Length + 1].Select(limit => (text, limit))), ((byte[] Text, int Limit) c) =>
        {
            string? expected;
            try
            {
                expected = Strict.GetString(c.Text);
            }
            catch (DecoderFallbackException)
            {
                expected = null;
            }

            byte[] data = new Bytes().LengthDelimited(3, c.Text);
            ProtoReader unbounded = new(data);
            unbounded.ReadTag();
            string unboundedValue = unbounded.ReadString(0);
            ProtoReader bounded = new(data);
            bounded.ReadTag();
            string boundedValue = bounded.ReadString(c.Limit);

            if (expected is null)
            {
                Assert.Equal(ProtocolError.InvalidUtf8, unbounded.Error);
                // Over its limit, text may be refused for the length before the bad byte is reached.
                Assert.True(bounded.Error == ProtocolError.InvalidUtf8 || (bounded.Error == ProtocolError.LimitExceeded && c.Text.Length > c.Limit), bounded.Error.ToString());
                return;
            }

            Assert.Equal(ProtocolError.None, unbounded.Error);
            Assert.Equal(expected, unboundedValue);
            if (expected.Length <= c.Limit)
            {
                Assert.Equal(ProtocolError.None, bounded.Error);
                Assert.Equal(expected, boundedValue);
            }
            else
            {
                Assert.Equal(ProtocolError.LimitExceeded, bounded.Error);
                Assert.Equal(3, bounded.ErrorFieldNumber);
            }
        }, iterations: 3_000);
    }
}
