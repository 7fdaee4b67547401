using System.Collections.Generic;

// Messages whose every field has a fixed maximum size, nested in every shape: the generator adds their size bound as a
// constant (per field, element or entry) instead of calling their CalculateSizeBound. Encode/SizeBoundTests checks that
// the constant is the true maximum.
namespace EtProtocolGen.Tests.Protocol;

/// <summary>Every scalar whose longest encoding is its bound (10-byte varints, fixed widths), and an optional.</summary>
[Message(1301)]
[AllowAnonymous]
public partial class Extremes
{
    [Field(1)] public int Int32Value { get; set; }
    [Field(2)] public long Int64Value { get; set; }
    [Field(3)] public ulong UInt64Value { get; set; }
    [Field(4, Encoding = FieldEncoding.ZigZag)] public long ZigZagInt64 { get; set; }
    [Field(5, Encoding = FieldEncoding.Fixed)] public int FixedInt32 { get; set; }
    [Field(6)] public bool BoolValue { get; set; }
    [Field(7)] public double DoubleValue { get; set; }
    [Field(8)] public Color Color { get; set; }
    [Field(9)] public int? Optional { get; set; }
}

/// <summary>A struct message of two fixed-size messages: itself fixed-size.</summary>
[Message(1302)]
[AllowAnonymous]
public partial struct ExtremesPair
{
    [Field(1)] public Extremes? First;
    [Field(2)] public Extremes? Second;
    [Field(3, Encoding = FieldEncoding.ZigZag)] public long? Tick;
}

/// <summary>Fixed-size messages as a field, a struct field, a list, an array and map values.</summary>
[Message(1303)]
[AllowAnonymous]
public partial class FixedShapes
{
    [Field(1)] public Extremes? One { get; set; }
    [Field(2)] public ExtremesPair Pair { get; set; }
    [Field(3), MaxLength(100)] public List<Extremes?> List { get; set; } = new();
    [Field(4), MaxLength(100)] public ExtremesPair[] Array { get; set; } = System.Array.Empty<ExtremesPair>();
    [Field(5), MaxLength(100)] public Dictionary<long, ExtremesPair> Map { get; set; } = new();
}
