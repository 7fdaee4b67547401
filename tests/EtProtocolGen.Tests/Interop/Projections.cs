using System;
using System.Collections.Generic;
using System.Linq;
using Google.Protobuf;
using Ours = EtProtocolGen.Tests.Protocol;
using G = EtProtocolGen.Tests.Interop.Google;
using Pn = EtProtocolGen.Tests.Interop.ProtobufNet;

namespace EtProtocolGen.Tests.Interop;

/// <summary>
/// Maps our messages and protobuf-net's onto Google.Protobuf's generated messages, whose <c>Equals</c> compares
/// field by field (floats bit for bit) and whose <c>ToString</c> shows the difference, and maps ours onto protobuf-net's.
/// The maps are written out member by member so that a mistake in one cannot hide a mistake in the serializer.
/// </summary>
internal static class Projections
{
    // ---- ours -> Google --------------------------------------------------------------------------

    public static G.Scalars ToGoogle(Ours.Scalars m) => new()
    {
        Int32Value = m.Int32Value, Int64Value = m.Int64Value, Uint32Value = m.UInt32Value, Uint64Value = m.UInt64Value,
        SbyteValue = m.SByteValue, ByteValue = m.ByteValue, Int16Value = m.Int16Value, Uint16Value = m.UInt16Value,
        BoolValue = m.BoolValue, FloatValue = m.FloatValue, DoubleValue = m.DoubleValue, Text = m.Text,
        Color = (G.Color)(int)m.Color, Level = (G.Level)(int)m.Level,
    };

    public static G.Encodings ToGoogle(Ours.Encodings m) => new()
    {
        ZigZagSbyte = m.ZigZagSByte, ZigZagInt16 = m.ZigZagInt16, ZigZagInt32 = m.ZigZagInt32, ZigZagInt64 = m.ZigZagInt64,
        FixedSbyte = m.FixedSByte, FixedByte = m.FixedByte, FixedInt16 = m.FixedInt16, FixedUint16 = m.FixedUInt16,
        FixedInt32 = m.FixedInt32, FixedUint32 = m.FixedUInt32, FixedInt64 = m.FixedInt64, FixedUint64 = m.FixedUInt64,
    };

    public static G.Blobs ToGoogle(Ours.Blobs m) => new()
    {
        Data = ByteString.CopyFrom(m.Data), Memory = ByteString.CopyFrom(m.Memory.Span), TwoByteTag = m.TwoByteTag, LastField = m.LastField,
    };

    public static G.Optionals ToGoogle(Ours.Optionals m)
    {
        G.Optionals g = new();
        if (m.Int32Value is { } i32) g.Int32Value = i32;
        if (m.Int64Value is { } i64) g.Int64Value = i64;
        if (m.UInt32Value is { } u32) g.Uint32Value = u32;
        if (m.UInt64Value is { } u64) g.Uint64Value = u64;
        if (m.BoolValue is { } b) g.BoolValue = b;
        if (m.FloatValue is { } f) g.FloatValue = f;
        if (m.DoubleValue is { } d) g.DoubleValue = d;
        if (m.Color is { } c) g.Color = (G.Color)(int)c;
        if (m.ZigZagInt32 is { } z) g.ZigZagInt32 = z;
        if (m.FixedInt64 is { } x) g.FixedInt64 = x;
        if (m.SByteValue is { } s8) g.SbyteValue = s8;
        if (m.UInt16Value is { } u16) g.Uint16Value = u16;
        if (m.ByteValue is { } u8) g.ByteValue = u8;
        if (m.Int16Value is { } i16) g.Int16Value = i16;
        if (m.Level is { } level) g.Level = (G.Level)(int)level;
        if (m.FixedUInt32 is { } f32) g.FixedUint32 = f32;
        if (m.ZigZagInt64 is { } z64) g.ZigZagInt64 = z64;
        return g;
    }

    public static G.Child ToGoogle(Ours.Child m) => new() { Id = m.Id, Name = m.Name };

    public static G.Repeateds ToGoogle(Ours.Repeateds m)
    {
        G.Repeateds g = new();
        g.Int32List.Add(m.Int32List);
        g.Int32Array.Add(m.Int32Array);
        g.ZigZagInt64List.Add(m.ZigZagInt64List);
        g.FixedUint32List.Add(m.FixedUInt32List);
        g.BoolList.Add(m.BoolList);
        g.FloatList.Add(m.FloatList);
        g.DoubleArray.Add(m.DoubleArray);
        g.ColorList.Add(m.ColorList.Select(c => (G.Color)(int)c));
        g.StringList.Add(m.StringList);
        g.BytesList.Add(m.BytesList.Select(ByteString.CopyFrom));
        g.ChildList.Add(m.ChildList.Select(ToGoogle));
        g.ChildArray.Add(m.ChildArray.Select(ToGoogle));
        g.SbyteList.Add(m.SByteList.Select(v => (int)v));
        g.Uint64List.Add(m.UInt64List);
        g.Uint16Array.Add(m.UInt16Array.Select(v => (uint)v));
        g.MemoryList.Add(m.MemoryList.Select(v => ByteString.CopyFrom(v.Span)));
        return g;
    }

    public static G.Maps ToGoogle(Ours.Maps m)
    {
        G.Maps g = new();
        g.StringToInt32.Add(m.StringToInt32);
        g.Int32ToString.Add(m.Int32ToString);
        g.Int64ToChild.Add(m.Int64ToChild.ToDictionary(e => e.Key, e => ToGoogle(e.Value)));
        g.BoolToDouble.Add(m.BoolToDouble);
        g.Uint32ToBytes.Add(m.UInt32ToBytes.ToDictionary(e => e.Key, e => ByteString.CopyFrom(e.Value)));
        g.StringToColor.Add(m.StringToColor.ToDictionary(e => e.Key, e => (G.Color)(int)e.Value));
        g.Uint64ToFloat.Add(m.UInt64ToFloat);
        g.Int16ToUint64.Add(m.Int16ToUInt64.ToDictionary(e => (int)e.Key, e => e.Value));
        return g;
    }

    public static G.Point ToGoogle(Ours.Point m) => new() { X = m.X, Y = m.Y };

    public static G.Nesting ToGoogle(Ours.Nesting m)
    {
        G.Nesting g = new()
        {
            Child = m.Child is null ? null : ToGoogle(m.Child),
            Point = ToGoogle(m.Point),
            Inner = m.Inner is null ? null : ToGoogle(m.Inner),
            Label = m.Label,
        };
        g.Points.Add(m.Points.Select(ToGoogle));
        return Canonical(g);
    }

    /// <summary>
    /// A struct message is never null, so whether an all-default one is written is the serializer's choice;
    /// an empty Point and an absent one are treated as the same value.
    /// </summary>
    public static G.Nesting Canonical(G.Nesting g)
    {
        G.Nesting copy = g.Clone();
        for (G.Nesting? level = copy; level is not null; level = level.Inner)
        {
            if (level.Point is { X: 0, Y: 0 })
            {
                level.Point = null;
            }
        }

        return copy;
    }

    // ---- protobuf-net -> Google ------------------------------------------------------------------

    public static G.Scalars ToGoogle(Pn.Scalars m) => new()
    {
        Int32Value = m.Int32Value, Int64Value = m.Int64Value, Uint32Value = m.UInt32Value, Uint64Value = m.UInt64Value,
        SbyteValue = m.SByteValue, ByteValue = m.ByteValue, Int16Value = m.Int16Value, Uint16Value = m.UInt16Value,
        BoolValue = m.BoolValue, FloatValue = m.FloatValue, DoubleValue = m.DoubleValue, Text = m.Text,
        Color = (G.Color)(int)m.Color, Level = (G.Level)(int)m.Level,
    };

    public static G.Encodings ToGoogle(Pn.Encodings m) => new()
    {
        ZigZagSbyte = m.ZigZagSByte, ZigZagInt16 = m.ZigZagInt16, ZigZagInt32 = m.ZigZagInt32, ZigZagInt64 = m.ZigZagInt64,
        FixedSbyte = m.FixedSByte, FixedByte = m.FixedByte, FixedInt16 = m.FixedInt16, FixedUint16 = m.FixedUInt16,
        FixedInt32 = m.FixedInt32, FixedUint32 = m.FixedUInt32, FixedInt64 = m.FixedInt64, FixedUint64 = m.FixedUInt64,
    };

    public static G.Blobs ToGoogle(Pn.Blobs m) => new()
    {
        Data = ByteString.CopyFrom(m.Data), Memory = ByteString.CopyFrom(m.Memory), TwoByteTag = m.TwoByteTag, LastField = m.LastField,
    };

    public static G.Optionals ToGoogle(Pn.Optionals m)
    {
        G.Optionals g = new();
        if (m.Int32Value is { } i32) g.Int32Value = i32;
        if (m.Int64Value is { } i64) g.Int64Value = i64;
        if (m.UInt32Value is { } u32) g.Uint32Value = u32;
        if (m.UInt64Value is { } u64) g.Uint64Value = u64;
        if (m.BoolValue is { } b) g.BoolValue = b;
        if (m.FloatValue is { } f) g.FloatValue = f;
        if (m.DoubleValue is { } d) g.DoubleValue = d;
        if (m.Color is { } c) g.Color = (G.Color)(int)c;
        if (m.ZigZagInt32 is { } z) g.ZigZagInt32 = z;
        if (m.FixedInt64 is { } x) g.FixedInt64 = x;
        if (m.SByteValue is { } s8) g.SbyteValue = s8;
        if (m.UInt16Value is { } u16) g.Uint16Value = u16;
        if (m.ByteValue is { } u8) g.ByteValue = u8;
        if (m.Int16Value is { } i16) g.Int16Value = i16;
        if (m.Level is { } level) g.Level = (G.Level)(int)level;
        if (m.FixedUInt32 is { } f32) g.FixedUint32 = f32;
        if (m.ZigZagInt64 is { } z64) g.ZigZagInt64 = z64;
        return g;
    }

    public static G.Child ToGoogle(Pn.Child m) => new() { Id = m.Id, Name = m.Name };

    public static G.Repeateds ToGoogle(Pn.Repeateds m)
    {
        G.Repeateds g = new();
        g.Int32List.Add(m.Int32List);
        g.Int32Array.Add(m.Int32Array);
        g.ZigZagInt64List.Add(m.ZigZagInt64List);
        g.FixedUint32List.Add(m.FixedUInt32List);
        g.BoolList.Add(m.BoolList);
        g.FloatList.Add(m.FloatList);
        g.DoubleArray.Add(m.DoubleArray);
        g.ColorList.Add(m.ColorList.Select(c => (G.Color)(int)c));
        g.StringList.Add(m.StringList);
        g.BytesList.Add(m.BytesList.Select(ByteString.CopyFrom));
        g.ChildList.Add(m.ChildList.Select(ToGoogle));
        g.ChildArray.Add(m.ChildArray.Select(ToGoogle));
        g.SbyteList.Add(m.SByteList.Select(v => (int)v));
        g.Uint64List.Add(m.UInt64List);
        g.Uint16Array.Add(m.UInt16Array.Select(v => (uint)v));
        g.MemoryList.Add(m.MemoryList.Select(ByteString.CopyFrom));
        return g;
    }

    public static G.Maps ToGoogle(Pn.Maps m)
    {
        G.Maps g = new();
        g.StringToInt32.Add(m.StringToInt32);
        g.Int32ToString.Add(m.Int32ToString);
        g.Int64ToChild.Add(m.Int64ToChild.ToDictionary(e => e.Key, e => ToGoogle(e.Value)));
        g.BoolToDouble.Add(m.BoolToDouble);
        g.Uint32ToBytes.Add(m.UInt32ToBytes.ToDictionary(e => e.Key, e => ByteString.CopyFrom(e.Value)));
        g.StringToColor.Add(m.StringToColor.ToDictionary(e => e.Key, e => (G.Color)(int)e.Value));
        g.Uint64ToFloat.Add(m.UInt64ToFloat);
        g.Int16ToUint64.Add(m.Int16ToUInt64.ToDictionary(e => (int)e.Key, e => e.Value));
        return g;
    }

    public static G.Point ToGoogle(Pn.Point m) => new() { X = m.X, Y = m.Y };

    public static G.Nesting ToGoogle(Pn.Nesting m)
    {
        G.Nesting g = new()
        {
            Child = m.Child is null ? null : ToGoogle(m.Child),
            Point = m.Point is null ? null : ToGoogle(m.Point),
            Inner = m.Inner is null ? null : ToGoogle(m.Inner),
            Label = m.Label,
        };
        g.Points.Add(m.Points.Select(ToGoogle));
        return Canonical(g);
    }

    // ---- ours -> protobuf-net --------------------------------------------------------------------

    public static Pn.Scalars ToProtobufNet(Ours.Scalars m) => new()
    {
        Int32Value = m.Int32Value, Int64Value = m.Int64Value, UInt32Value = m.UInt32Value, UInt64Value = m.UInt64Value,
        SByteValue = m.SByteValue, ByteValue = m.ByteValue, Int16Value = m.Int16Value, UInt16Value = m.UInt16Value,
        BoolValue = m.BoolValue, FloatValue = m.FloatValue, DoubleValue = m.DoubleValue, Text = m.Text, Color = m.Color, Level = m.Level,
    };

    public static Pn.Encodings ToProtobufNet(Ours.Encodings m) => new()
    {
        ZigZagSByte = m.ZigZagSByte, ZigZagInt16 = m.ZigZagInt16, ZigZagInt32 = m.ZigZagInt32, ZigZagInt64 = m.ZigZagInt64,
        FixedSByte = m.FixedSByte, FixedByte = m.FixedByte, FixedInt16 = m.FixedInt16, FixedUInt16 = m.FixedUInt16,
        FixedInt32 = m.FixedInt32, FixedUInt32 = m.FixedUInt32, FixedInt64 = m.FixedInt64, FixedUInt64 = m.FixedUInt64,
    };

    public static Pn.Blobs ToProtobufNet(Ours.Blobs m) => new()
    {
        Data = m.Data, Memory = m.Memory.ToArray(), TwoByteTag = m.TwoByteTag, LastField = m.LastField,
    };

    public static Pn.Optionals ToProtobufNet(Ours.Optionals m) => new()
    {
        Int32Value = m.Int32Value, Int64Value = m.Int64Value, UInt32Value = m.UInt32Value, UInt64Value = m.UInt64Value,
        BoolValue = m.BoolValue, FloatValue = m.FloatValue, DoubleValue = m.DoubleValue, Color = m.Color,
        ZigZagInt32 = m.ZigZagInt32, FixedInt64 = m.FixedInt64, SByteValue = m.SByteValue, UInt16Value = m.UInt16Value,
        ByteValue = m.ByteValue, Int16Value = m.Int16Value, Level = m.Level, FixedUInt32 = m.FixedUInt32, ZigZagInt64 = m.ZigZagInt64,
    };

    public static Pn.Child ToProtobufNet(Ours.Child m) => new() { Id = m.Id, Name = m.Name };

    public static Pn.Repeateds ToProtobufNet(Ours.Repeateds m) => new()
    {
        Int32List = new List<int>(m.Int32List), Int32Array = m.Int32Array.ToArray(), ZigZagInt64List = new List<long>(m.ZigZagInt64List),
        FixedUInt32List = new List<uint>(m.FixedUInt32List), BoolList = new List<bool>(m.BoolList), FloatList = new List<float>(m.FloatList),
        DoubleArray = m.DoubleArray.ToArray(), ColorList = new List<Ours.Color>(m.ColorList), StringList = new List<string>(m.StringList),
        BytesList = new List<byte[]>(m.BytesList), ChildList = m.ChildList.Select(ToProtobufNet).ToList(),
        ChildArray = m.ChildArray.Select(ToProtobufNet).ToArray(), SByteList = new List<sbyte>(m.SByteList),
        UInt64List = new List<ulong>(m.UInt64List), UInt16Array = m.UInt16Array.ToArray(), MemoryList = m.MemoryList.Select(v => v.ToArray()).ToList(),
    };

    public static Pn.Maps ToProtobufNet(Ours.Maps m) => new()
    {
        StringToInt32 = new Dictionary<string, int>(m.StringToInt32), Int32ToString = new Dictionary<int, string>(m.Int32ToString),
        Int64ToChild = m.Int64ToChild.ToDictionary(e => e.Key, e => ToProtobufNet(e.Value)), BoolToDouble = new Dictionary<bool, double>(m.BoolToDouble),
        UInt32ToBytes = new Dictionary<uint, byte[]>(m.UInt32ToBytes), StringToColor = new Dictionary<string, Ours.Color>(m.StringToColor),
        UInt64ToFloat = new Dictionary<ulong, float>(m.UInt64ToFloat), Int16ToUInt64 = new Dictionary<short, ulong>(m.Int16ToUInt64),
    };

    public static Pn.Point ToProtobufNet(Ours.Point m) => new() { X = m.X, Y = m.Y };

    public static Pn.Nesting ToProtobufNet(Ours.Nesting m) => new()
    {
        Child = m.Child is null ? null : ToProtobufNet(m.Child),
        Point = ToProtobufNet(m.Point),
        Inner = m.Inner is null ? null : ToProtobufNet(m.Inner),
        Points = m.Points.Select(ToProtobufNet).ToList(),
        Label = m.Label,
    };

    public static byte[] ToProtobufNetBytes<T>(T message)
    {
        using System.IO.MemoryStream stream = new();
        ProtoBuf.Serializer.Serialize(stream, message);
        return stream.ToArray();
    }

    public static T FromProtobufNetBytes<T>(ReadOnlySpan<byte> data) => ProtoBuf.Serializer.Deserialize<T>(data);
}
