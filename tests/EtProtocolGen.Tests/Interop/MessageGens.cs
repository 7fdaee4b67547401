using System;
using System.Linq;
using CsCheck;
using EtProtocolGen.Tests.Infrastructure;
using EtProtocolGen.Tests.Protocol;

namespace EtProtocolGen.Tests.Interop;

/// <summary>Random instances of the test protocol, biased toward the edges of every field type.</summary>
internal static class MessageGens
{
    /// <summary>
    /// Google.Protobuf (like proto3's implicit presence everywhere) leaves a singular 0.0 unwritten and tests it
    /// with <c>== 0</c>, so -0.0 comes back as +0.0 through it; singular floats use every other value.
    /// </summary>
    private static readonly Gen<float> SingularFloat = Gens.Float.Select(f => f == 0f ? 0f : f);

    private static readonly Gen<double> SingularDouble = Gens.Double.Select(d => d == 0d ? 0d : d);

    /// <summary>A nullable value: absent a third of the time, otherwise any value including zero.</summary>
    private static Gen<T?> Optional<T>(Gen<T> gen) where T : struct => Gen.Nullable(gen, 0.33);

    public static readonly Gen<Color> Color = Gen.Frequency(
        (4, Gen.Enum<Color>()),
        (1, Gen.Int.Select(i => (Color)i)));

    /// <summary>Defined levels and any other byte (proto3 enums are open).</summary>
    public static readonly Gen<Level> Level = Gen.Frequency(
        (4, Gen.Enum<Level>()),
        (1, Gen.Byte.Select(b => (Level)b)));

    public static readonly Gen<Scalars> Scalars = Gen.Select(
        Gens.Int32, Gens.Int64, Gens.UInt32, Gens.VarintValue, Gen.SByte, Gen.Byte, Gen.Short, Gen.UShort,
        Gen.Bool, SingularFloat, SingularDouble, Gens.Text, Color, Level,
        (i32, i64, u32, u64, i8, u8, i16, u16, b, f, d, text, color, level) => new Scalars
        {
            Int32Value = i32, Int64Value = i64, UInt32Value = u32, UInt64Value = u64,
            SByteValue = i8, ByteValue = u8, Int16Value = i16, UInt16Value = u16,
            BoolValue = b, FloatValue = f, DoubleValue = d, Text = text, Color = color, Level = level,
        });

    public static readonly Gen<Encodings> Encodings = Gen.Select(
        Gen.SByte, Gen.Short, Gens.Int32, Gens.Int64, Gen.SByte, Gen.Byte, Gen.Short, Gen.UShort,
        Gens.Int32, Gens.UInt32, Gens.Int64, Gens.VarintValue,
        (zs8, zs16, zs32, zs64, fs8, fu8, fs16, fu16, fs32, fu32, fs64, fu64) => new Encodings
        {
            ZigZagSByte = zs8, ZigZagInt16 = zs16, ZigZagInt32 = zs32, ZigZagInt64 = zs64,
            FixedSByte = fs8, FixedByte = fu8, FixedInt16 = fs16, FixedUInt16 = fu16,
            FixedInt32 = fs32, FixedUInt32 = fu32, FixedInt64 = fs64, FixedUInt64 = fu64,
        });

    public static readonly Gen<Blobs> Blobs = Gen.Select(
        Gens.Bytes, Gens.Bytes, Gens.Text, Gens.Int32,
        (data, memory, text, last) => new Blobs { Data = data, Memory = memory, TwoByteTag = text, LastField = last });

    public static readonly Gen<Optionals> Optionals = Gen.Select(
        Gen.Select(Optional(Gens.Int32), Optional(Gens.Int64), Optional(Gens.UInt32), Optional(Gens.VarintValue), Optional(Gen.Bool), Optional(Gens.Float)),
        Gen.Select(Optional(Gens.Double), Optional(Color), Optional(Gens.Int32), Optional(Gens.Int64), Optional(Gen.SByte), Optional(Gen.UShort)),
        Gen.Select(Optional(Gen.Byte), Optional(Gen.Short), Optional(Level), Optional(Gens.UInt32), Optional(Gens.Int64)),
        (a, b, c) => new Optionals
        {
            Int32Value = a.Item1, Int64Value = a.Item2, UInt32Value = a.Item3, UInt64Value = a.Item4, BoolValue = a.Item5, FloatValue = a.Item6,
            DoubleValue = b.Item1, Color = b.Item2, ZigZagInt32 = b.Item3, FixedInt64 = b.Item4, SByteValue = b.Item5, UInt16Value = b.Item6,
            ByteValue = c.Item1, Int16Value = c.Item2, Level = c.Item3, FixedUInt32 = c.Item4, ZigZagInt64 = c.Item5,
        });

    public static readonly Gen<Child> Child = Gen.Select(Gens.Int32, Gens.Text, (id, name) => new Child { Id = id, Name = name });

    public static readonly Gen<Repeateds> Repeateds = Gen.Select(
        Gen.Select(Gens.Int32.List[0, 8], Gens.Int32.Array[0, 8], Gens.Int64.List[0, 8], Gens.UInt32.List[0, 8], Gen.Bool.List[0, 8], Gens.Float.List[0, 8]),
        Gen.Select(Gens.Double.Array[0, 8], Color.List[0, 8], Gens.Text.List[0, 5], Gens.Bytes.List[0, 5], Child.List[0, 4], Child.Array[0, 4]),
        Gen.Select(Gen.SByte.List[0, 8], Gens.VarintValue.List[0, 8], Gen.UShort.Array[0, 8], Gens.Bytes.List[0, 5]),
        (a, b, c) => new Repeateds
        {
            Int32List = a.Item1, Int32Array = a.Item2, ZigZagInt64List = a.Item3, FixedUInt32List = a.Item4, BoolList = a.Item5, FloatList = a.Item6,
            DoubleArray = b.Item1, ColorList = b.Item2, StringList = b.Item3, BytesList = b.Item4, ChildList = b.Item5, ChildArray = b.Item6,
            SByteList = c.Item1, UInt64List = c.Item2, UInt16Array = c.Item3, MemoryList = c.Item4.Select(bytes => new ReadOnlyMemory<byte>(bytes)).ToList(),
        });

    public static readonly Gen<Maps> Maps = Gen.Select(
        Gen.Select(Gen.Dictionary(Gens.Text, Gens.Int32)[0, 5], Gen.Dictionary(Gens.Int32, Gens.Text)[0, 5], Gen.Dictionary(Gens.Int64, Child)[0, 3], Gen.Dictionary(Gen.Bool, SingularDouble)[0, 2]),
        Gen.Select(Gen.Dictionary(Gens.UInt32, Gens.Bytes)[0, 4], Gen.Dictionary(Gens.Text, Color)[0, 4], Gen.Dictionary(Gens.VarintValue, SingularFloat)[0, 4], Gen.Dictionary(Gen.Short, Gens.VarintValue)[0, 4]),
        (a, b) => new Maps
        {
            StringToInt32 = a.Item1, Int32ToString = a.Item2, Int64ToChild = a.Item3, BoolToDouble = a.Item4,
            UInt32ToBytes = b.Item1, StringToColor = b.Item2, UInt64ToFloat = b.Item3, Int16ToUInt64 = b.Item4,
        });

    public static readonly Gen<Point> Point = Gen.Select(Gens.Int32, Gens.Int32, (x, y) => new Point { X = x, Y = y });

    public static readonly Gen<Nesting> Nesting = NestingUpTo(3);

    private static Gen<Nesting> NestingUpTo(int depth) => Gen.Select(
        Gen.Null(Child, 0.3), Point, depth == 0 ? Gen.Const((Nesting?)null) : Gen.Null(NestingUpTo(depth - 1), 0.5), Point.List[0, 3], Gens.Text,
        (child, point, inner, points, label) => new Nesting { Child = child, Point = point, Inner = inner, Points = points, Label = label });
}
