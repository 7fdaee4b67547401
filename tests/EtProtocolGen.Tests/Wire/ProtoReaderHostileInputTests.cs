using System;
using EtProtocolGen.Tests.Infrastructure;
using EtProtocolGen.Wire;
using Xunit;

namespace EtProtocolGen.Tests.Wire;

/// <summary>Each rule of the threat model at reader level: malformed input ends in <see cref="ProtocolException"/> naming the error and field.</summary>
public class ProtoReaderHostileInputTests
{
    /// <summary>2^31: one more than int.MaxValue, as a 5-byte varint.</summary>
    private static readonly byte[] TwoGigabytePrefix = { 0x80, 0x80, 0x80, 0x80, 0x08 };

    // ---- tags ----------------------------------------------------------------------------------

    [Theory]
    [InlineData(new byte[] { 0x00 })]
    [InlineData(new byte[] { 0x02 })]
    [InlineData(new byte[] { 0x05 })]
    [InlineData(new byte[] { 0x80, 0x00 })]
    [InlineData(new byte[] { 0x82, 0x80, 0x80, 0x80, 0x00 })]
    public void Field_number_zero_is_refused(byte[] data) =>
        ReaderAssert.Fails(data, ProtocolError.InvalidFieldNumber, 0, (ref ProtoReader r) => r.ReadTag());

    [Theory]
    [InlineData(1, 3)]
    [InlineData(1, 4)]
    [InlineData(1, 6)]
    [InlineData(1, 7)]
    [InlineData(15, 3)]
    [InlineData(16, 4)]
    [InlineData(2048, 6)]
    [InlineData(WireFormat.MaxFieldNumber, 7)]
    public void Groups_and_undefined_wire_types_are_refused(int fieldNumber, int wireType)
    {
        byte[] data = new Bytes().Tag(fieldNumber, wireType).Raw(0, 0, 0, 0, 0, 0, 0, 0);
        ReaderAssert.Fails(data, ProtocolError.InvalidWireType, fieldNumber, (ref ProtoReader r) => r.ReadTag());
    }

    [Fact]
    public void Skipping_an_undefined_wire_type_is_refused()
    {
        byte[] data = Bytes.Of(0x08, 0x00);
        ReaderAssert.Fails(data, ProtocolError.InvalidWireType, 1, (ref ProtoReader r) =>
        {
            r.ReadTag();
            r.SkipField(WireFormat.MakeTag(1, (WireType)3));
        });
    }

    [Fact]
    public void Six_byte_tag_is_a_malformed_varint()
    {
        byte[] data = Bytes.Of(0x88, 0x80, 0x80, 0x80, 0x80, 0x00);
        ReaderAssert.Fails(data, ProtocolError.MalformedVarint, 0, (ref ProtoReader r) => r.ReadTag());
    }

    [Fact]
    public void Five_byte_tag_above_32_bits_is_refused()
    {
        byte[] data = Bytes.Of(0x88, 0x80, 0x80, 0x80, 0x10);
        ReaderAssert.Fails(data, ProtocolError.InvalidFieldNumber, 0, (ref ProtoReader r) => r.ReadTag());
    }

    [Theory]
    [InlineData(new byte[] { 0x80 })]
    [InlineData(new byte[] { 0x88, 0x80 })]
    [InlineData(new byte[] { 0xF8, 0xFF, 0xFF, 0xFF })]
    public void Truncated_tag_is_refused(byte[] data) =>
        ReaderAssert.Fails(data, ProtocolError.Truncated, 0, (ref ProtoReader r) => r.ReadTag());

    // ---- varints -------------------------------------------------------------------------------

    [Fact]
    public void Eleven_byte_varint_is_refused()
    {
        byte[] data = Bytes.Of(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01);
        ReaderAssert.Fails(data, ProtocolError.MalformedVarint, 0, (ref ProtoReader r) => r.ReadVarint64());
        ReaderAssert.Fails(data, ProtocolError.MalformedVarint, 0, (ref ProtoReader r) => r.ReadInt32());
        ReaderAssert.Fails(data, ProtocolError.MalformedVarint, 0, (ref ProtoReader r) => r.ReadLength());
    }

    [Fact]
    public void Eleven_byte_varint_is_refused_when_skipping_an_unknown_field()
    {
        byte[] data = new Bytes().Tag(9, 0).Raw(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00);
        ReaderAssert.Fails(data, ProtocolError.MalformedVarint, 9, (ref ProtoReader r) => ReaderAssert.SkipAll(ref r));
    }

    [Fact]
    public void Ten_byte_varint_is_accepted()
    {
        byte[] data = Bytes.Of(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01);
        ProtoReader reader = new(data);
        Assert.Equal(1UL << 63, reader.ReadVarint64());
    }

    [Theory]
    [InlineData(new byte[] { 0x80 })]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF })]
    public void Varint_cut_short_is_truncated(byte[] data)
    {
        ReaderAssert.Fails(data, ProtocolError.Truncated, 0, (ref ProtoReader r) => r.ReadVarint64());
        ReaderAssert.Fails(data, ProtocolError.Truncated, 0, (ref ProtoReader r) => r.ReadSInt32());
        ReaderAssert.Fails(data, ProtocolError.Truncated, 0, (ref ProtoReader r) => r.ReadBool());
    }

    [Fact]
    public void Reading_past_the_end_is_truncated()
    {
        ReaderAssert.Fails(Array.Empty<byte>(), ProtocolError.Truncated, 0, (ref ProtoReader r) => r.ReadVarint64());
        ReaderAssert.Fails(Array.Empty<byte>(), ProtocolError.Truncated, 0, (ref ProtoReader r) => r.ReadLength());
        ReaderAssert.Fails(Array.Empty<byte>(), ProtocolError.Truncated, 0, (ref ProtoReader r) => r.ReadString(0));
    }

    // ---- fixed ---------------------------------------------------------------------------------

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Fixed32_cut_short_is_truncated_and_names_the_field(int available)
    {
        byte[] data = new Bytes().Tag(3, 5).Raw(new byte[available]);
        ReaderAssert.Fails(data, ProtocolError.Truncated, 3, (ref ProtoReader r) => { r.ReadTag(); r.ReadFixed32(); });
        ReaderAssert.Fails(data, ProtocolError.Truncated, 3, (ref ProtoReader r) => { r.ReadTag(); r.ReadFloat(); });
        ReaderAssert.Fails(data, ProtocolError.Truncated, 3, (ref ProtoReader r) => { r.ReadTag(); r.ReadSFixed32(); });
        ReaderAssert.Fails(data, ProtocolError.Truncated, 3, (ref ProtoReader r) => ReaderAssert.SkipAll(ref r));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(7)]
    public void Fixed64_cut_short_is_truncated_and_names_the_field(int available)
    {
        byte[] data = new Bytes().Tag(20, 1).Raw(new byte[available]);
        ReaderAssert.Fails(data, ProtocolError.Truncated, 20, (ref ProtoReader r) => { r.ReadTag(); r.ReadFixed64(); });
        ReaderAssert.Fails(data, ProtocolError.Truncated, 20, (ref ProtoReader r) => { r.ReadTag(); r.ReadDouble(); });
        ReaderAssert.Fails(data, ProtocolError.Truncated, 20, (ref ProtoReader r) => { r.ReadTag(); r.ReadSFixed64(); });
        ReaderAssert.Fails(data, ProtocolError.Truncated, 20, (ref ProtoReader r) => ReaderAssert.SkipAll(ref r));
    }

    // ---- length prefixes -----------------------------------------------------------------------

    [Fact]
    public void Length_one_past_the_bytes_left_is_truncated_for_every_length_delimited_read()
    {
        byte[] data = new Bytes().Tag(5, 2).Varint(4).Raw(1, 2, 3);
        ReaderAssert.Fails(data, ProtocolError.Truncated, 5, (ref ProtoReader r) => { r.ReadTag(); r.ReadLength(); });
        ReaderAssert.Fails(data, ProtocolError.Truncated, 5, (ref ProtoReader r) => { r.ReadTag(); r.ReadLength(10); });
        ReaderAssert.Fails(data, ProtocolError.Truncated, 5, (ref ProtoReader r) => { r.ReadTag(); r.ReadLengthDelimited(); });
        ReaderAssert.Fails(data, ProtocolError.Truncated, 5, (ref ProtoReader r) => { r.ReadTag(); r.ReadString(0); });
        ReaderAssert.Fails(data, ProtocolError.Truncated, 5, (ref ProtoReader r) => { r.ReadTag(); r.ReadBytes(0); });
        ReaderAssert.Fails(data, ProtocolError.Truncated, 5, (ref ProtoReader r) => { r.ReadTag(); r.ReadMessage(); });
        ReaderAssert.Fails(data, ProtocolError.Truncated, 5, (ref ProtoReader r) => { r.ReadTag(); r.ReadPacked(); });
        ReaderAssert.Fails(data, ProtocolError.Truncated, 5, (ref ProtoReader r) => ReaderAssert.SkipAll(ref r));
    }

    [Fact]
    public void Declared_limit_is_checked_before_the_bytes_left()
    {
        byte[] data = new Bytes().Tag(6, 2).Varint(5).Raw(1, 2, 3, 4, 5);
        ReaderAssert.Fails(data, ProtocolError.LimitExceeded, 6, (ref ProtoReader r) => { r.ReadTag(); r.ReadLength(4); });
        ReaderAssert.Fails(data, ProtocolError.LimitExceeded, 6, (ref ProtoReader r) => { r.ReadTag(); r.ReadBytes(4); });
        ReaderAssert.Fails(data, ProtocolError.LimitExceeded, 6, (ref ProtoReader r) => { r.ReadTag(); r.ReadPacked(4); });
    }

    [Fact]
    public void Two_gigabyte_length_prefix_is_refused_without_allocating_it()
    {
        byte[] data = new Bytes().Tag(2, 2).Raw(TwoGigabytePrefix).Raw(1, 2, 3);
        ReaderAction[] reads =
        {
            (ref ProtoReader r) => { r.ReadTag(); r.ReadLength(); },
            (ref ProtoReader r) => { r.ReadTag(); r.ReadLengthDelimited(); },
            (ref ProtoReader r) => { r.ReadTag(); r.ReadString(0); },
            (ref ProtoReader r) => { r.ReadTag(); r.ReadString(100); },
            (ref ProtoReader r) => { r.ReadTag(); r.ReadBytes(0); },
            (ref ProtoReader r) => { r.ReadTag(); r.ReadMessage(); },
            (ref ProtoReader r) => { r.ReadTag(); r.ReadPacked(); },
            (ref ProtoReader r) => ReaderAssert.SkipAll(ref r),
        };

        foreach (ReaderAction read in reads)
        {
            ReaderAssert.Refuses(data, read); // warm up: JIT and exception machinery allocate on first use
            long before = GC.GetAllocatedBytesForCurrentThread();
            ProtocolException e = ReaderAssert.Refuses(data, read);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(ProtocolError.Truncated, e.Error);
            Assert.Equal(2, e.FieldNumber);
            Assert.True(allocated < 64 * 1024, $"refusing a 2 GB prefix allocated {allocated} bytes");
        }
    }

    [Fact]
    public void Two_gigabyte_length_prefix_over_a_declared_limit_is_limit_exceeded_without_allocating_it()
    {
        byte[] data = new Bytes().Tag(2, 2).Raw(TwoGigabytePrefix);
        ReaderAction[] reads =
        {
            (ref ProtoReader r) => { r.ReadTag(); r.ReadLength(1024); },
            (ref ProtoReader r) => { r.ReadTag(); r.ReadBytes(1024); },
            (ref ProtoReader r) => { r.ReadTag(); r.ReadPacked(1024); },
        };

        foreach (ReaderAction read in reads)
        {
            ReaderAssert.Refuses(data, read);
            long before = GC.GetAllocatedBytesForCurrentThread();
            ProtocolException e = ReaderAssert.Refuses(data, read);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(ProtocolError.LimitExceeded, e.Error);
            Assert.Equal(2, e.FieldNumber);
            Assert.True(allocated < 64 * 1024, $"refusing a 2 GB prefix allocated {allocated} bytes");
        }
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x07 })] // int.MaxValue
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x0F })] // uint.MaxValue: -1 if cast to int too early
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 })] // ulong.MaxValue
    [InlineData(new byte[] { 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01 })] // 2^63: negative as long
    public void Huge_length_prefixes_are_truncated_never_negative(byte[] prefix)
    {
        byte[] data = new Bytes().Tag(1, 2).Raw(prefix).Raw(1, 2, 3, 4);
        ReaderAssert.Fails(data, ProtocolError.Truncated, 1, (ref ProtoReader r) => { r.ReadTag(); r.ReadLength(); });
        ReaderAssert.Fails(data, ProtocolError.Truncated, 1, (ref ProtoReader r) => { r.ReadTag(); r.ReadBytes(0); });
        ReaderAssert.Fails(data, ProtocolError.Truncated, 1, (ref ProtoReader r) => { r.ReadTag(); r.ReadString(0); });
        ReaderAssert.Fails(data, ProtocolError.Truncated, 1, (ref ProtoReader r) => ReaderAssert.SkipAll(ref r));
        ReaderAssert.Fails(data, ProtocolError.LimitExceeded, 1, (ref ProtoReader r) => { r.ReadTag(); r.ReadLength(16); });
    }

    [Fact]
    public void Nested_message_cannot_read_past_its_own_length()
    {
        // The embedded message claims 2 bytes; its inner field claims 5: the outer bytes must not leak in.
        byte[] data = new Bytes().Tag(1, 2).Varint(2).Tag(1, 2).Varint(5).Raw(1, 2, 3, 4, 5, 6);
        ReaderAssert.Fails(data, ProtocolError.Truncated, 1, (ref ProtoReader r) =>
        {
            r.ReadTag();
            ProtoReader nested = r.ReadMessage();
            nested.ReadTag();
            nested.ReadBytes(0);
            r.EndInner(in nested);
        });
    }

    // ---- truncation everywhere -----------------------------------------------------------------

    [Fact]
    public void Every_strict_prefix_of_a_message_is_truncated_or_ends_on_a_field_boundary()
    {
        Bytes builder = new Bytes()
            .Tag(1, 0).Varint(300)
            .Tag(2, 1).Raw(1, 2, 3, 4, 5, 6, 7, 8)
            .LengthDelimited(3, new byte[] { 0xE2, 0x82, 0xAC })
            .Tag(2048, 5).Raw(1, 2, 3, 4)
            .LengthDelimited(5, new Bytes().Tag(1, 0).Varint(ulong.MaxValue))
            .Tag(6, 0).Varint(1);
        byte[] full = builder;
        int[] boundaries = FieldBoundaries(full);

        for (int length = 0; length < full.Length; length++)
        {
            byte[] prefix = full[..length];
            if (Array.IndexOf(boundaries, length) >= 0)
            {
                ProtoReader reader = new(prefix);
                ReaderAssert.SkipAll(ref reader);
                Assert.True(reader.IsAtEnd);
            }
            else
            {
                ProtocolException e = ReaderAssert.Refuses(prefix, (ref ProtoReader r) => ReaderAssert.SkipAll(ref r));
                Assert.Equal(ProtocolError.Truncated, e.Error);
            }
        }
    }

    private static int[] FieldBoundaries(byte[] data)
    {
        System.Collections.Generic.List<int> boundaries = new() { 0 };
        ProtoReader reader = new(data);
        uint tag;
        while ((tag = reader.ReadTag()) != 0)
        {
            reader.SkipField(tag);
            boundaries.Add(reader.Position);
        }

        return boundaries.ToArray();
    }

    // ---- depth ---------------------------------------------------------------------------------

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(64)]
    [InlineData(256)]
    public void Nesting_up_to_max_depth_is_accepted_and_one_more_level_is_refused(int maxDepth)
    {
        Assert.Equal(maxDepth, DescendAsFarAsAllowed(NestedMessages(maxDepth), maxDepth));

        byte[] tooDeep = NestedMessages(maxDepth + 1);
        ReaderAssert.Fails(tooDeep, ProtocolError.DepthExceeded, 1, (ref ProtoReader r) => Descend(ref r), maxDepth);
    }

    [Fact]
    public void Default_depth_limit_refuses_the_65th_level()
    {
        Assert.Equal(64, DescendAsFarAsAllowed(NestedMessages(64), maxDepth: 0));
        ReaderAssert.Fails(NestedMessages(65), ProtocolError.DepthExceeded, 1, (ref ProtoReader r) => Descend(ref r));
    }

    [Fact]
    public void Hundred_thousand_levels_fail_with_depth_exceeded()
    {
        byte[] data = NestedMessages(100_000);
        ReaderAssert.Fails(data, ProtocolError.DepthExceeded, 1, (ref ProtoReader r) => Descend(ref r), ProtocolLimitsAttribute.MaxSupportedDepth);
    }

    [Fact]
    public void Restricted_depth_is_enforced_below_the_current_level()
    {
        byte[] data = NestedMessages(5);
        ReaderAssert.Fails(data, ProtocolError.DepthExceeded, 1, (ref ProtoReader r) =>
        {
            r.RestrictDepth(2);
            Descend(ref r);
        });
    }

    private static int DescendAsFarAsAllowed(byte[] data, int maxDepth)
    {
        ProtoReader reader = new(data, maxDepth);
        return Descend(ref reader);
    }

    /// <summary>
    /// Follows field 1 down through every embedded message, iteratively; returns the depth reached. A level that fails
    /// (too deep) passes its failure to <paramref name="reader"/>, as generated code passes a nested message's.
    /// </summary>
    private static int Descend(ref ProtoReader reader)
    {
        ProtoReader current = reader;
        while (current.ReadTag() != 0)
        {
            ProtoReader next = current.ReadMessage();
            if (current.Error != ProtocolError.None)
            {
                break;
            }

            current = next;
        }

        reader.EndInner(in current);
        return current.Depth;
    }

    /// <summary>
    /// <paramref name="levels"/> messages, each the field 1 of the one around it, built back to front so that
    /// a hundred thousand levels take linear time.
    /// </summary>
    internal static byte[] NestedMessages(int levels)
    {
        int[] contentLength = new int[levels + 1];
        for (int level = levels - 1; level >= 0; level--)
        {
            contentLength[level] = 1 + ProtoSize.Varint32((uint)contentLength[level + 1]) + contentLength[level + 1];
        }

        byte[] data = new byte[contentLength[0]];
        ProtoWriter writer = new(data);
        for (int level = 0; level < levels; level++)
        {
            writer.WriteTag(WireFormat.MakeTag(1, WireType.LengthDelimited));
            writer.WriteLength(contentLength[level + 1]);
        }

        return data;
    }

    // ---- helpers for generated code ------------------------------------------------------------

    [Fact]
    public void Collection_and_range_failures_name_the_current_field()
    {
        byte[] data = new Bytes().Tag(12, 0).Varint(300).Tag(12, 0).Varint(1);
        ReaderAssert.Fails(data, ProtocolError.ValueOutOfRange, 12, (ref ProtoReader r) => { r.ReadTag(); r.ReadUInt64InRange(byte.MaxValue); });
        ReaderAssert.Fails(data, ProtocolError.LimitExceeded, 12, (ref ProtoReader r) =>
        {
            System.Collections.Generic.List<ulong>? list = null;
            uint tag;
            while ((tag = r.ReadTag()) != 0)
            {
                if (!r.PrepareToAdd(ref list, tag, maxCount: 1))
                {
                    break;
                }

                list.Add(r.ReadUInt64());
            }

            Assert.Equal(new ulong[] { 300 }, list);
        });
    }

    [Fact]
    public void A_failure_keeps_the_first_error_and_later_reads_return_defaults_without_allocating()
    {
        // Field 4's three bytes break its limit of two; fields 5 and 6 are there but never read.
        byte[] data = new Bytes().Tag(4, 2).Varint(3).Raw(0x61, 0x62, 0x63).Tag(5, 0).Varint(1).Tag(6, 5).Raw(1, 2, 3, 4);
        ReaderAction read = (ref ProtoReader r) =>
        {
            r.ReadTag();
            Assert.Empty(r.ReadBytes(2));
            Assert.Equal(0u, r.ReadTag());
            Assert.Equal(0u, r.ReadFixed32());
            Assert.Equal(0UL, r.ReadVarint64());
            Assert.Same(string.Empty, r.ReadString(0));
            Assert.Empty(r.ReadBytes(0));
            Assert.True(r.ReadMessage().IsAtEnd);
            Assert.Equal(0, r.ReadLength(10));
        };

        ReaderAssert.Fails(data, ProtocolError.LimitExceeded, 4, read);

        // The same reads without the assertions, whose own allocations would be counted.
        ReaderAction readOnly = (ref ProtoReader r) =>
        {
            r.ReadTag();
            r.ReadBytes(2);
            r.ReadTag();
            r.ReadFixed32();
            r.ReadVarint64();
            r.ReadString(0);
            r.ReadBytes(0);
            r.ReadMessage();
            r.ReadLength(10);
        };
        ProtoReader warmUp = new(data);
        readOnly(ref warmUp);
        ProtoReader reader = new(data);
        long before = GC.GetAllocatedBytesForCurrentThread();
        readOnly(ref reader);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(ProtocolError.LimitExceeded, reader.Error);
        Assert.Equal(4, reader.ErrorFieldNumber);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_nested_failure_becomes_the_enclosing_readers_with_its_own_field_number()
    {
        byte[] data = new Bytes().LengthDelimited(5, new Bytes().Tag(9, 0).Raw(0x80)).Tag(6, 0).Varint(1);
        ReaderAssert.Fails(data, ProtocolError.Truncated, 9, (ref ProtoReader r) =>
        {
            r.ReadTag();
            ProtoReader nested = r.ReadMessage();
            int fields = r.EndInner(in nested, ReaderAssert.SkipAll(ref nested));
            Assert.Equal(1, fields);
            Assert.Equal(0u, r.ReadTag()); // field 6 is not read: the enclosing loop stops
        });
    }

    [Fact]
    public void Exception_message_names_error_and_field_but_no_payload()
    {
        byte[] data = new Bytes().Tag(7, 2).Varint(100).Raw(0x53, 0x45, 0x43, 0x52, 0x45, 0x54);
        ProtocolException e = ReaderAssert.Refuses(data, (ref ProtoReader r) => { r.ReadTag(); r.ReadString(0); });
        Assert.Equal("Protocol error: Truncated in field 7.", e.Message);
        Assert.DoesNotContain("SECRET", e.Message);
        Assert.Equal("Protocol error: LimitExceeded.", new ProtocolException(ProtocolError.LimitExceeded).Message);
    }
}
