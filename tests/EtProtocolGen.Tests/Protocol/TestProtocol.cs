using System;
using System.Collections.Generic;

// The test protocol: one message per supported family of field types. Interop/interop.proto mirrors it for
// Google.Protobuf and Interop/ProtobufNetContracts.cs for protobuf-net, field number for field number.
namespace EtProtocolGen.Tests.Protocol;

public enum Color
{
    Red = 0,
    Green = 1,
    Blue = 2,
    Infrared = -1,
}

/// <summary>An enum narrower than int: values outside byte are out of range on decode.</summary>
public enum Level : byte
{
    None = 0,
    Low = 1,
    High = 200,
}

/// <summary>Every C# integer type with the default encoding, bool, float, double, string and enums.</summary>
[Message(1001)]
[AllowAnonymous]
public partial class Scalars
{
    [Field(1)] public int Int32Value { get; set; }
    [Field(2)] public long Int64Value { get; set; }
    [Field(3)] public uint UInt32Value { get; set; }
    [Field(4)] public ulong UInt64Value { get; set; }
    [Field(5)] public sbyte SByteValue { get; set; }
    [Field(6)] public byte ByteValue { get; set; }
    [Field(7)] public short Int16Value { get; set; }
    [Field(8)] public ushort UInt16Value { get; set; }
    [Field(9)] public bool BoolValue { get; set; }
    [Field(10)] public float FloatValue { get; set; }
    [Field(11)] public double DoubleValue { get; set; }
    [Field(12)] public string Text { get; set; } = "";
    [Field(13)] public Color Color { get; set; }
    [Field(14)] public Level Level { get; set; }
}

/// <summary>FieldEncoding.ZigZag (sint32/sint64) and FieldEncoding.Fixed (fixed32/fixed64/sfixed32/sfixed64).</summary>
[Message(1002)]
[AllowAnonymous]
public partial class Encodings
{
    [Field(1, Encoding = FieldEncoding.ZigZag)] public sbyte ZigZagSByte { get; set; }
    [Field(2, Encoding = FieldEncoding.ZigZag)] public short ZigZagInt16 { get; set; }
    [Field(3, Encoding = FieldEncoding.ZigZag)] public int ZigZagInt32 { get; set; }
    [Field(4, Encoding = FieldEncoding.ZigZag)] public long ZigZagInt64 { get; set; }
    [Field(5, Encoding = FieldEncoding.Fixed)] public sbyte FixedSByte { get; set; }
    [Field(6, Encoding = FieldEncoding.Fixed)] public byte FixedByte { get; set; }
    [Field(7, Encoding = FieldEncoding.Fixed)] public short FixedInt16 { get; set; }
    [Field(8, Encoding = FieldEncoding.Fixed)] public ushort FixedUInt16 { get; set; }
    [Field(9, Encoding = FieldEncoding.Fixed)] public int FixedInt32 { get; set; }
    [Field(10, Encoding = FieldEncoding.Fixed)] public uint FixedUInt32 { get; set; }
    [Field(11, Encoding = FieldEncoding.Fixed)] public long FixedInt64 { get; set; }
    [Field(12, Encoding = FieldEncoding.Fixed)] public ulong FixedUInt64 { get; set; }
}

/// <summary>bytes as byte[] and ReadOnlyMemory&lt;byte&gt;, a two-byte tag and the largest field number.</summary>
[Message(1003)]
[AllowAnonymous]
public partial class Blobs
{
    [Field(1)] public byte[] Data { get; set; } = Array.Empty<byte>();
    [Field(2)] public ReadOnlyMemory<byte> Memory { get; set; }
    [Field(16)] public string TwoByteTag { get; set; } = "";
    [Field(536_870_911)] public int LastField { get; set; }
}

/// <summary>Nullable value types: proto3 <c>optional</c>, where a present zero differs from absent.</summary>
[Message(1004)]
[AllowAnonymous]
public partial class Optionals
{
    [Field(1)] public int? Int32Value { get; set; }
    [Field(2)] public long? Int64Value { get; set; }
    [Field(3)] public uint? UInt32Value { get; set; }
    [Field(4)] public ulong? UInt64Value { get; set; }
    [Field(5)] public bool? BoolValue { get; set; }
    [Field(6)] public float? FloatValue { get; set; }
    [Field(7)] public double? DoubleValue { get; set; }
    [Field(8)] public Color? Color { get; set; }
    [Field(9, Encoding = FieldEncoding.ZigZag)] public int? ZigZagInt32 { get; set; }
    [Field(10, Encoding = FieldEncoding.Fixed)] public long? FixedInt64 { get; set; }
    [Field(11)] public sbyte? SByteValue { get; set; }
    [Field(12)] public ushort? UInt16Value { get; set; }
    [Field(13)] public byte? ByteValue { get; set; }
    [Field(14)] public short? Int16Value { get; set; }
    [Field(15)] public Level? Level { get; set; }
    [Field(16, Encoding = FieldEncoding.Fixed)] public uint? FixedUInt32 { get; set; }
    [Field(17, Encoding = FieldEncoding.ZigZag)] public long? ZigZagInt64 { get; set; }
}

[Message(1005)]
[AllowAnonymous]
public partial class Child
{
    [Field(1)] public int Id { get; set; }
    [Field(2)] public string Name { get; set; } = "";
}

/// <summary>List&lt;T&gt; and T[] of every family; scalars are written packed.</summary>
[Message(1006)]
[AllowAnonymous]
public partial class Repeateds
{
    [Field(1)] public List<int> Int32List { get; set; } = new();
    [Field(2)] public int[] Int32Array { get; set; } = Array.Empty<int>();
    [Field(3, Encoding = FieldEncoding.ZigZag)] public List<long> ZigZagInt64List { get; set; } = new();
    [Field(4, Encoding = FieldEncoding.Fixed)] public List<uint> FixedUInt32List { get; set; } = new();
    [Field(5)] public List<bool> BoolList { get; set; } = new();
    [Field(6)] public List<float> FloatList { get; set; } = new();
    [Field(7)] public double[] DoubleArray { get; set; } = Array.Empty<double>();
    [Field(8)] public List<Color> ColorList { get; set; } = new();
    [Field(9)] public List<string> StringList { get; set; } = new();
    [Field(10)] public List<byte[]> BytesList { get; set; } = new();
    [Field(11)] public List<Child> ChildList { get; set; } = new();
    [Field(12)] public Child[] ChildArray { get; set; } = Array.Empty<Child>();
    [Field(13)] public List<sbyte> SByteList { get; set; } = new();
    [Field(14)] public List<ulong> UInt64List { get; set; } = new();
    [Field(15)] public ushort[] UInt16Array { get; set; } = Array.Empty<ushort>();
    [Field(16)] public List<ReadOnlyMemory<byte>> MemoryList { get; set; } = new();
}

/// <summary>Dictionary&lt;K, V&gt; as protobuf maps, with every kind of key and value.</summary>
[Message(1007)]
[AllowAnonymous]
public partial class Maps
{
    [Field(1)] public Dictionary<string, int> StringToInt32 { get; set; } = new();
    [Field(2)] public Dictionary<int, string> Int32ToString { get; set; } = new();
    [Field(3)] public Dictionary<long, Child> Int64ToChild { get; set; } = new();
    [Field(4)] public Dictionary<bool, double> BoolToDouble { get; set; } = new();
    [Field(5)] public Dictionary<uint, byte[]> UInt32ToBytes { get; set; } = new();
    [Field(6)] public Dictionary<string, Color> StringToColor { get; set; } = new();
    [Field(7)] public Dictionary<ulong, float> UInt64ToFloat { get; set; } = new();
    [Field(8)] public Dictionary<short, ulong> Int16ToUInt64 { get; set; } = new();
}

/// <summary>A struct message, with public fields rather than properties.</summary>
[Message(1008)]
[AllowAnonymous]
public partial struct Point
{
    [Field(1)] public int X;
    [Field(2)] public int Y;
}

/// <summary>Nested messages: a class, a struct, itself, and a list of structs.</summary>
[Message(1009)]
[AllowAnonymous]
public partial class Nesting
{
    [Field(1)] public Child? Child { get; set; }
    [Field(2)] public Point Point { get; set; }
    [Field(3)] public Nesting? Inner { get; set; }
    [Field(4)] public List<Point> Points { get; set; } = new();
    [Field(5)] public string Label { get; set; } = "";
}
