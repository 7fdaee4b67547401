using System;
using System.Collections.Generic;

// Messages for the hostile-input tests: declared limits and recursion.
namespace EtProtocolGen.Tests.Protocol;

/// <summary>A recursive message at the assembly's default depth (64).</summary>
[Message(1101)]
[AllowAnonymous]
public partial class Node
{
    [Field(1)] public Node? Next { get; set; }
    [Field(2)] public int Value { get; set; }
}

/// <summary>A recursive message with a narrower depth of its own.</summary>
[Message(1102, MaxDepth = 3)]
[AllowAnonymous]
public partial class ShallowNode
{
    [Field(1)] public ShallowNode? Next { get; set; }
}

/// <summary>A recursive message allowed deeper than the default.</summary>
[Message(1103, MaxDepth = 200)]
[AllowAnonymous]
public partial class DeepNode
{
    [Field(1)] public DeepNode? Next { get; set; }
}

/// <summary>Declared [MaxLength] on every kind of field it applies to.</summary>
[Message(1104)]
[AllowAnonymous]
public partial class Bounded
{
    [Field(1), MaxLength(8)] public string Name { get; set; } = "";
    [Field(2), MaxLength(4)] public byte[] Data { get; set; } = Array.Empty<byte>();
    [Field(3), MaxLength(4)] public ReadOnlyMemory<byte> Memory { get; set; }
    [Field(4), MaxLength(3)] public List<int> Numbers { get; set; } = new();
    [Field(5), MaxLength(3)] public List<string> Names { get; set; } = new();
    [Field(6), MaxLength(2)] public Dictionary<int, int> Map { get; set; } = new();
    [Field(7), MaxLength(3)] public int[] IntArray { get; set; } = Array.Empty<int>();
    [Field(8), MaxLength(3)] public List<Child> Children { get; set; } = new();
    [Field(9), MaxLength(3)] public List<double> Doubles { get; set; } = new();
}
