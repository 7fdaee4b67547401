using System;
using System.Linq;
using CsCheck;
using EtProtocolGen.Tests.Infrastructure;
using EtProtocolGen.Wire;
using Xunit;
using G = Google.Protobuf;

namespace EtProtocolGen.Tests.Wire;

/// <summary>
/// Randomized checks of the reader, writer and sizes against Google.Protobuf's CodedOutputStream and
/// CodedInputStream, an independent implementation of the same wire format.
/// </summary>
public class WireInteropProperties
{
    public enum Kind { Int32, Int64, UInt32, UInt64, SInt32, SInt64, Fixed32, Fixed64, SFixed32, SFixed64, Bool, Float, Double, String, Bytes }

    /// <summary>One field of a message: its number, protobuf type and value.</summary>
    public sealed record Field(int Number, Kind Kind, object Value)
    {
        public override string ToString() => $"{Number}:{Kind}={(Value is byte[] b ? Convert.ToHexString(b) : Value)}";
    }

    private static readonly Gen<Field> FieldGen = Gen.Enum<Kind>().SelectMany(kind => Gens.FieldNumber.SelectMany(number => ValueGen(kind).Select(value => new Field(number, kind, value))));

    private static readonly Gen<Field[]> MessageGen = FieldGen.Array[0, 12];

    private static Gen<object> ValueGen(Kind kind) => kind switch
    {
        Kind.Int32 or Kind.SInt32 or Kind.SFixed32 => Gens.Int32.Select(v => (object)v),
        Kind.Int64 or Kind.SInt64 or Kind.SFixed64 => Gens.Int64.Select(v => (object)v),
        Kind.UInt32 or Kind.Fixed32 => Gens.UInt32.Select(v => (object)v),
        Kind.UInt64 or Kind.Fixed64 => Gens.VarintValue.Select(v => (object)v),
        Kind.Bool => Gen.Bool.Select(v => (object)v),
        Kind.Float => Gens.Float.Select(v => (object)v),
        Kind.Double => Gens.Double.Select(v => (object)v),
        Kind.String => Gens.Text.Select(v => (object)v),
        _ => Gens.Bytes.Select(v => (object)v),
    };

    private static WireType WireTypeOf(Kind kind) => kind switch
    {
        Kind.Fixed32 or Kind.SFixed32 or Kind.Float => WireType.Fixed32,
        Kind.Fixed64 or Kind.SFixed64 or Kind.Double => WireType.Fixed64,
        Kind.String or Kind.Bytes => WireType.LengthDelimited,
        _ => WireType.Varint,
    };

    private static int SizeOf(Field f) => ProtoSize.Tag(f.Number) + f.Kind switch
    {
        Kind.Int32 => ProtoSize.Int32((int)f.Value),
        Kind.Int64 => ProtoSize.Int64((long)f.Value),
        Kind.UInt32 => ProtoSize.UInt32((uint)f.Value),
        Kind.UInt64 => ProtoSize.UInt64((ulong)f.Value),
        Kind.SInt32 => ProtoSize.SInt32((int)f.Value),
        Kind.SInt64 => ProtoSize.SInt64((long)f.Value),
        Kind.Fixed32 or Kind.SFixed32 or Kind.Float => 4,
        Kind.Fixed64 or Kind.SFixed64 or Kind.Double => 8,
        Kind.Bool => 1,
        Kind.String => ProtoSize.String((string)f.Value),
        _ => ProtoSize.LengthDelimited(((byte[])f.Value).Length),
    };

    private static byte[] WriteOurs(Field[] fields)
    {
        byte[] buffer = new byte[fields.Sum(SizeOf)];
        ProtoWriter w = new(buffer);
        foreach (Field f in fields)
        {
            w.WriteTag(WireFormat.MakeTag(f.Number, WireTypeOf(f.Kind)));
            switch (f.Kind)
            {
                case Kind.Int32: w.WriteInt32((int)f.Value); break;
                case Kind.Int64: w.WriteInt64((long)f.Value); break;
                case Kind.UInt32: w.WriteUInt32((uint)f.Value); break;
                case Kind.UInt64: w.WriteUInt64((ulong)f.Value); break;
                case Kind.SInt32: w.WriteSInt32((int)f.Value); break;
                case Kind.SInt64: w.WriteSInt64((long)f.Value); break;
                case Kind.Fixed32: w.WriteFixed32((uint)f.Value); break;
                case Kind.Fixed64: w.WriteFixed64((ulong)f.Value); break;
                case Kind.SFixed32: w.WriteSFixed32((int)f.Value); break;
                case Kind.SFixed64: w.WriteSFixed64((long)f.Value); break;
                case Kind.Bool: w.WriteBool((bool)f.Value); break;
                case Kind.Float: w.WriteFloat((float)f.Value); break;
                case Kind.Double: w.WriteDouble((double)f.Value); break;
                case Kind.String: w.WriteString((string)f.Value); break;
                default: w.WriteBytes((byte[])f.Value); break;
            }
        }

        Assert.Equal(buffer.Length, w.Position);
        return buffer;
    }

    private static byte[] WriteGoogle(Field[] fields)
    {
        using System.IO.MemoryStream stream = new();
        G.CodedOutputStream o = new(stream);
        foreach (Field f in fields)
        {
            o.WriteTag(f.Number, (G.WireFormat.WireType)WireTypeOf(f.Kind));
            switch (f.Kind)
            {
                case Kind.Int32: o.WriteInt32((int)f.Value); break;
                case Kind.Int64: o.WriteInt64((long)f.Value); break;
                case Kind.UInt32: o.WriteUInt32((uint)f.Value); break;
                case Kind.UInt64: o.WriteUInt64((ulong)f.Value); break;
                case Kind.SInt32: o.WriteSInt32((int)f.Value); break;
                case Kind.SInt64: o.WriteSInt64((long)f.Value); break;
                case Kind.Fixed32: o.WriteFixed32((uint)f.Value); break;
                case Kind.Fixed64: o.WriteFixed64((ulong)f.Value); break;
                case Kind.SFixed32: o.WriteSFixed32((int)f.Value); break;
                case Kind.SFixed64: o.WriteSFixed64((long)f.Value); break;
                case Kind.Bool: o.WriteBool((bool)f.Value); break;
                case Kind.Float: o.WriteFloat((float)f.Value); break;
                case Kind.Double: o.WriteDouble((double)f.Value); break;
                case Kind.String: o.WriteString((string)f.Value); break;
                default: o.WriteBytes(G.ByteString.CopyFrom((byte[])f.Value)); break;
            }
        }

        o.Flush();
        return stream.ToArray();
    }

    private static object ReadOurs(ref ProtoReader r, Kind kind) => kind switch
    {
        Kind.Int32 => r.ReadInt32(),
        Kind.Int64 => r.ReadInt64(),
        Kind.UInt32 => r.ReadUInt32(),
        Kind.UInt64 => r.ReadUInt64(),
        Kind.SInt32 => r.ReadSInt32(),
        Kind.SInt64 => r.ReadSInt64(),
        Kind.Fixed32 => r.ReadFixed32(),
        Kind.Fixed64 => r.ReadFixed64(),
        Kind.SFixed32 => r.ReadSFixed32(),
        Kind.SFixed64 => r.ReadSFixed64(),
        Kind.Bool => r.ReadBool(),
        Kind.Float => r.ReadFloat(),
        Kind.Double => r.ReadDouble(),
        Kind.String => r.ReadString(0),
        _ => r.ReadBytes(0),
    };

    private static object ReadGoogle(G.CodedInputStream i, Kind kind) => kind switch
    {
        Kind.Int32 => i.ReadInt32(),
        Kind.Int64 => i.ReadInt64(),
        Kind.UInt32 => i.ReadUInt32(),
        Kind.UInt64 => i.ReadUInt64(),
        Kind.SInt32 => i.ReadSInt32(),
        Kind.SInt64 => i.ReadSInt64(),
        Kind.Fixed32 => i.ReadFixed32(),
        Kind.Fixed64 => i.ReadFixed64(),
        Kind.SFixed32 => i.ReadSFixed32(),
        Kind.SFixed64 => i.ReadSFixed64(),
        Kind.Bool => i.ReadBool(),
        Kind.Float => i.ReadFloat(),
        Kind.Double => i.ReadDouble(),
        Kind.String => i.ReadString(),
        _ => i.ReadBytes().ToByteArray(),
    };

    /// <summary>Values compared exactly: floats by their bits, so NaN payloads and -0 count.</summary>
    private static void AssertSameValue(object expected, object actual)
    {
        switch (expected)
        {
            case float f:
                Assert.Equal(BitConverter.SingleToInt32Bits(f), BitConverter.SingleToInt32Bits((float)actual));
                break;
            case double d:
                Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits((double)actual));
                break;
            default:
                Assert.Equal(expected, actual);
                break;
        }
    }

    [Fact]
    public void Our_bytes_are_identical_to_google_protobufs()
    {
        Property.Check(MessageGen, fields => Assert.Equal(WriteGoogle(fields), WriteOurs(fields)));
    }

    [Fact]
    public void Google_protobuf_reads_our_bytes_field_by_field()
    {
        Property.Check(MessageGen, fields =>
        {
            G.CodedInputStream input = new(WriteOurs(fields));
            foreach (Field f in fields)
            {
                uint tag = input.ReadTag();
                Assert.Equal(f.Number, G.WireFormat.GetTagFieldNumber(tag));
                AssertSameValue(f.Value, ReadGoogle(input, f.Kind));
            }

            Assert.True(input.IsAtEnd);
        });
    }

    [Fact]
    public void We_read_google_protobufs_bytes_field_by_field()
    {
        Property.Check(MessageGen, fields =>
        {
            byte[] data = WriteGoogle(fields);
            ProtoReader reader = new(data);
            foreach (Field f in fields)
            {
                uint tag = reader.ReadTag();
                Assert.Equal(WireFormat.MakeTag(f.Number, WireTypeOf(f.Kind)), tag);
                Assert.Equal(f.Number, reader.FieldNumber);
                AssertSameValue(f.Value, ReadOurs(ref reader, f.Kind));
            }

            Assert.Equal(0u, reader.ReadTag());
        });
    }

    [Fact]
    public void Skipping_every_field_consumes_exactly_the_message()
    {
        Property.Check(MessageGen, fields =>
        {
            ProtoReader reader = new(WriteGoogle(fields));
            Assert.Equal(fields.Length, ReaderAssert.SkipAll(ref reader));
            Assert.True(reader.IsAtEnd);
        });
    }

    [Fact]
    public void Sizes_agree_with_google_protobuf()
    {
        Property.Check(Gen.Select(Gens.VarintValue, Gens.FieldNumber), (value, field) =>
        {
            Assert.Equal(G.CodedOutputStream.ComputeUInt64Size(value), ProtoSize.UInt64(value));
            Assert.Equal(G.CodedOutputStream.ComputeInt64Size((long)value), ProtoSize.Int64((long)value));
            Assert.Equal(G.CodedOutputStream.ComputeInt32Size((int)value), ProtoSize.Int32((int)value));
            Assert.Equal(G.CodedOutputStream.ComputeUInt32Size((uint)value), ProtoSize.UInt32((uint)value));
            Assert.Equal(G.CodedOutputStream.ComputeSInt32Size((int)value), ProtoSize.SInt32((int)value));
            Assert.Equal(G.CodedOutputStream.ComputeSInt64Size((long)value), ProtoSize.SInt64((long)value));
            Assert.Equal(G.CodedOutputStream.ComputeTagSize(field), ProtoSize.Tag(field));
        }, iterations: 20_000);
    }

    [Fact]
    public void String_sizes_agree_with_google_protobuf()
    {
        Property.Check(Gens.Text, text => Assert.Equal(G.CodedOutputStream.ComputeStringSize(text), ProtoSize.String(text)));
    }

    [Fact]
    public void Every_cut_of_a_valid_message_is_truncated_or_on_a_boundary_never_another_exception()
    {
        Gen<(Field[], int)> cut = MessageGen.Where(f => f.Length > 0).SelectMany(fields => Gen.Int[0, WriteGoogle(fields).Length - 1].Select(at => (fields, at)));
        Property.Check(cut, (fields, at) =>
        {
            byte[] prefix = WriteGoogle(fields)[..at];
            ProtoReader reader = new(prefix);
            ReaderAssert.SkipAll(ref reader);
            Assert.True(reader.Error is ProtocolError.None or ProtocolError.Truncated, reader.Error.ToString());
        });
    }

    [Fact]
    public void Random_bytes_never_throw_and_a_refusal_leaves_the_reader_at_its_end()
    {
        Property.Check(Gen.Byte.Array[0, 64], data =>
        {
            ProtoReader reader = new(data, maxDepth: 8);
            ReadEverything(ref reader);
            Assert.True(reader.IsAtEnd);
            if (reader.Error == ProtocolError.None)
            {
                Assert.Equal(0, reader.ErrorFieldNumber);
            }
        }, iterations: 20_000);
    }

    /// <summary>Treats every length-delimited field as a string, then as a nested message, to exercise every path.</summary>
    private static void ReadEverything(ref ProtoReader reader)
    {
        uint tag;
        while ((tag = reader.ReadTag()) != 0)
        {
            if (WireFormat.GetWireType(tag) != WireType.LengthDelimited)
            {
                reader.SkipField(tag);
                continue;
            }

            // As text first (a failure stays in the copy), then as a message.
            ProtoReader copy = reader;
            copy.ReadString(4);

            ProtoReader nested = reader.ReadMessage();
            ReadEverything(ref nested);
            reader.EndInner(in nested);
        }
    }
}
