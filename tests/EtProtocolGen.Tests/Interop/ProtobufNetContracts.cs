using System.Collections.Generic;
using EtProtocolGen.Tests.Protocol;
using ProtoBuf;

// The test protocol of Protocol/TestProtocol.cs as protobuf-net contracts, field number for field number.
namespace EtProtocolGen.Tests.Interop.ProtobufNet;

[ProtoContract]
public sealed class Scalars
{
    [ProtoMember(1)] public int Int32Value { get; set; }
    [ProtoMember(2)] public long Int64Value { get; set; }
    [ProtoMember(3)] public uint UInt32Value { get; set; }
    [ProtoMember(4)] public ulong UInt64Value { get; set; }
    [ProtoMember(5)] public sbyte SByteValue { get; set; }
    [ProtoMember(6)] public byte ByteValue { get; set; }
    [ProtoMember(7)] public short Int16Value { get; set; }
    [ProtoMember(8)] public ushort UInt16Value { get; set; }
    [ProtoMember(9)] public bool BoolValue { get; set; }
    [ProtoMember(10)] public float FloatValue { get; set; }
    [ProtoMember(11)] public double DoubleValue { get; set; }
    [ProtoMember(12)] public string Text { get; set; } = "";
    [ProtoMember(13)] public Color Color { get; set; }
    [ProtoMember(14)] public Level Level { get; set; }
}

[ProtoContract]
public sealed class Encodings
{
    [ProtoMember(1, DataFormat = DataFormat.ZigZag)] public sbyte ZigZagSByte { get; set; }
    [ProtoMember(2, DataFormat = DataFormat.ZigZag)] public short ZigZagInt16 { get; set; }
    [ProtoMember(3, DataFormat = DataFormat.ZigZag)] public int ZigZagInt32 { get; set; }
    [ProtoMember(4, DataFormat = DataFormat.ZigZag)] public long ZigZagInt64 { get; set; }
    [ProtoMember(5, DataFormat = DataFormat.FixedSize)] public sbyte FixedSByte { get; set; }
    [ProtoMember(6, DataFormat = DataFormat.FixedSize)] public byte FixedByte { get; set; }
    [ProtoMember(7, DataFormat = DataFormat.FixedSize)] public short FixedInt16 { get; set; }
    [ProtoMember(8, DataFormat = DataFormat.FixedSize)] public ushort FixedUInt16 { get; set; }
    [ProtoMember(9, DataFormat = DataFormat.FixedSize)] public int FixedInt32 { get; set; }
    [ProtoMember(10, DataFormat = DataFormat.FixedSize)] public uint FixedUInt32 { get; set; }
    [ProtoMember(11, DataFormat = DataFormat.FixedSize)] public long FixedInt64 { get; set; }
    [ProtoMember(12, DataFormat = DataFormat.FixedSize)] public ulong FixedUInt64 { get; set; }
}

[ProtoContract]
public sealed class Blobs
{
    [ProtoMember(1)] public byte[] Data { get; set; } = System.Array.Empty<byte>();
    [ProtoMember(2)] public byte[] Memory { get; set; } = System.Array.Empty<byte>();
    [ProtoMember(16)] public string TwoByteTag { get; set; } = "";
    [ProtoMember(536_870_911)] public int LastField { get; set; }
}

[ProtoContract]
public sealed class Optionals
{
    [ProtoMember(1)] public int? Int32Value { get; set; }
    [ProtoMember(2)] public long? Int64Value { get; set; }
    [ProtoMember(3)] public uint? UInt32Value { get; set; }
    [ProtoMember(4)] public ulong? UInt64Value { get; set; }
    [ProtoMember(5)] public bool? BoolValue { get; set; }
    [ProtoMember(6)] public float? FloatValue { get; set; }
    [ProtoMember(7)] public double? DoubleValue { get; set; }
    [ProtoMember(8)] public Color? Color { get; set; }
    [ProtoMember(9, DataFormat = DataFormat.ZigZag)] public int? ZigZagInt32 { get; set; }
    [ProtoMember(10, DataFormat = DataFormat.FixedSize)] public long? FixedInt64 { get; set; }
    [ProtoMember(11)] public sbyte? SByteValue { get; set; }
    [ProtoMember(12)] public ushort? UInt16Value { get; set; }
    [ProtoMember(13)] public byte? ByteValue { get; set; }
    [ProtoMember(14)] public short? Int16Value { get; set; }
    [ProtoMember(15)] public Level? Level { get; set; }
    [ProtoMember(16, DataFormat = DataFormat.FixedSize)] public uint? FixedUInt32 { get; set; }
    [ProtoMember(17, DataFormat = DataFormat.ZigZag)] public long? ZigZagInt64 { get; set; }
}

[ProtoContract]
public sealed class Child
{
    [ProtoMember(1)] public int Id { get; set; }
    [ProtoMember(2)] public string Name { get; set; } = "";
}

[ProtoContract]
public sealed class Repeateds
{
    [ProtoMember(1, IsPacked = true)] public List<int> Int32List { get; set; } = new();
    [ProtoMember(2, IsPacked = true)] public int[] Int32Array { get; set; } = System.Array.Empty<int>();
    [ProtoMember(3, IsPacked = true, DataFormat = DataFormat.ZigZag)] public List<long> ZigZagInt64List { get; set; } = new();
    [ProtoMember(4, IsPacked = true, DataFormat = DataFormat.FixedSize)] public List<uint> FixedUInt32List { get; set; } = new();
    [ProtoMember(5, IsPacked = true)] public List<bool> BoolList { get; set; } = new();
    [ProtoMember(6, IsPacked = true)] public List<float> FloatList { get; set; } = new();
    [ProtoMember(7, IsPacked = true)] public double[] DoubleArray { get; set; } = System.Array.Empty<double>();
    [ProtoMember(8, IsPacked = true)] public List<Color> ColorList { get; set; } = new();
    [ProtoMember(9)] public List<string> StringList { get; set; } = new();
    [ProtoMember(10)] public List<byte[]> BytesList { get; set; } = new();
    [ProtoMember(11)] public List<Child> ChildList { get; set; } = new();
    [ProtoMember(12)] public Child[] ChildArray { get; set; } = System.Array.Empty<Child>();
    [ProtoMember(13, IsPacked = true)] public List<sbyte> SByteList { get; set; } = new();
    [ProtoMember(14, IsPacked = true)] public List<ulong> UInt64List { get; set; } = new();
    [ProtoMember(15, IsPacked = true)] public ushort[] UInt16Array { get; set; } = System.Array.Empty<ushort>();
    [ProtoMember(16)] public List<byte[]> MemoryList { get; set; } = new();
}

[ProtoContract]
public sealed class Maps
{
    [ProtoMember(1)] public Dictionary<string, int> StringToInt32 { get; set; } = new();
    [ProtoMember(2)] public Dictionary<int, string> Int32ToString { get; set; } = new();
    [ProtoMember(3)] public Dictionary<long, Child> Int64ToChild { get; set; } = new();
    [ProtoMember(4)] public Dictionary<bool, double> BoolToDouble { get; set; } = new();
    [ProtoMember(5)] public Dictionary<uint, byte[]> UInt32ToBytes { get; set; } = new();
    [ProtoMember(6)] public Dictionary<string, Color> StringToColor { get; set; } = new();
    [ProtoMember(7)] public Dictionary<ulong, float> UInt64ToFloat { get; set; } = new();
    [ProtoMember(8)] public Dictionary<short, ulong> Int16ToUInt64 { get; set; } = new();
}

[ProtoContract]
public sealed class Point
{
    [ProtoMember(1)] public int X { get; set; }
    [ProtoMember(2)] public int Y { get; set; }
}

[ProtoContract]
public sealed class Nesting
{
    [ProtoMember(1)] public Child? Child { get; set; }
    [ProtoMember(2)] public Point? Point { get; set; }
    [ProtoMember(3)] public Nesting? Inner { get; set; }
    [ProtoMember(4)] public List<Point> Points { get; set; } = new();
    [ProtoMember(5)] public string Label { get; set; } = "";
}
