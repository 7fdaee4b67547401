using System;
using System.Collections.Generic;

// Messages whose fields declare every validation rule on every field shape it applies to.
namespace EtProtocolGen.Tests.Protocol;

/// <summary>[Required] on every field shape: present on the wire, exactly what WriteTo writes.</summary>
[Message(1201)]
[AllowAnonymous]
public partial class RequiredFields
{
    [Field(1), Required] public int Int32Value { get; set; }
    [Field(2), Required] public ulong UInt64Value { get; set; }
    [Field(3), Required] public bool BoolValue { get; set; }
    [Field(4), Required] public float FloatValue { get; set; }
    [Field(5), Required] public double DoubleValue { get; set; }
    [Field(6), Required] public Color Color { get; set; }
    [Field(7), Required, MaxLength(16)] public string Text { get; set; } = "";
    [Field(8), Required, MaxLength(16)] public byte[] Bytes { get; set; } = System.Array.Empty<byte>();
    [Field(9), Required, MaxLength(16)] public ReadOnlyMemory<byte> Memory { get; set; }
    [Field(10), Required] public Child? Child { get; set; }
    [Field(11), Required] public Point Point { get; set; }
    [Field(12), Required] public int? Optional { get; set; }
    [Field(13), Required, MaxLength(16)] public List<int> List { get; set; } = new();
    [Field(14), Required, MaxLength(16)] public string[] Array { get; set; } = System.Array.Empty<string>();
    [Field(15), Required, MaxLength(16)] public Dictionary<int, string> Map { get; set; } = new();
}

/// <summary>[MinLength] on strings (characters), bytes and collections (elements).</summary>
[Message(1202)]
[AllowAnonymous]
public partial class MinLengthFields
{
    [Field(1), MinLength(2), MaxLength(16)] public string Text { get; set; } = "ab";
    [Field(2), MinLength(2), MaxLength(16)] public byte[] Bytes { get; set; } = { 1, 2 };
    [Field(3), MinLength(2), MaxLength(16)] public ReadOnlyMemory<byte> Memory { get; set; } = new byte[] { 1, 2 };
    [Field(4), MinLength(2), MaxLength(16)] public List<int> List { get; set; } = new() { 1, 2 };
    [Field(5), MinLength(2), MaxLength(16)] public int[] Array { get; set; } = { 1, 2 };
    [Field(6), MinLength(2), MaxLength(16)] public Dictionary<string, int> Map { get; set; } = new() { ["a"] = 1, ["b"] = 2 };
}

/// <summary>[Range] on numbers of every width, floating point, optional values and lists and arrays of numbers.</summary>
[Message(1203)]
[AllowAnonymous]
public partial class RangeFields
{
    [Field(1), Range(-10, 10)] public int Int32Value { get; set; }
    [Field(2), Range(1, 200)] public byte ByteValue { get; set; } = 1;
    [Field(3), Range(5, long.MaxValue)] public ulong UInt64Value { get; set; } = 5;
    [Field(4), Range(-1.5, 1.5)] public float FloatValue { get; set; }
    [Field(5), Range(0.25, 0.75)] public double DoubleValue { get; set; } = 0.5;
    [Field(6), Range(1, 3)] public int? Optional { get; set; }
    [Field(7), Range(0, 9), MaxLength(16)] public List<long> List { get; set; } = new();
    [Field(8), Range(-0.5, 0.5), MaxLength(16)] public double[] Array { get; set; } = System.Array.Empty<double>();
}
