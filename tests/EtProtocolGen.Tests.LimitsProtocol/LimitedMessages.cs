using System;
using System.Collections.Generic;
using EtProtocolGen;

// Assembly-wide defaults, each distinct so a test can tell which one applied:
// strings 16 chars, bytes 10 (from DefaultMaxLength), collections 4, messages 4096 bytes, depth 8.
[assembly: ProtocolLimits(
    MaxMessageSize = 4096,
    MaxDepth = 8,
    DefaultMaxLength = 10,
    DefaultMaxStringLength = 16,
    DefaultMaxCollectionLength = 4)]

namespace EtProtocolGen.Tests.LimitsProtocol;

/// <summary>No [MaxLength] anywhere: every bound comes from the assembly's [ProtocolLimits].</summary>
[Message(2001)]
[AllowAnonymous]
public partial class Defaulted
{
    [Field(1)] public string Text { get; set; } = "";
    [Field(2)] public byte[] Data { get; set; } = Array.Empty<byte>();
    [Field(3)] public ReadOnlyMemory<byte> Memory { get; set; }
    [Field(4)] public List<int> Numbers { get; set; } = new();
    [Field(5)] public List<string> Names { get; set; } = new();
    [Field(6)] public Dictionary<string, string> Map { get; set; } = new();
    [Field(7)] public Defaulted? Next { get; set; }
    [Field(8)] public List<byte[]> Blobs { get; set; } = new();
    [Field(9)] public int[] Values { get; set; } = Array.Empty<int>();
}

/// <summary>[MaxLength] wins over the assembly default, larger or smaller.</summary>
[Message(2002)]
[AllowAnonymous]
public partial class Overridden
{
    [Field(1), MaxLength(100)] public string Text { get; set; } = "";
    [Field(2), MaxLength(2)] public List<int> Numbers { get; set; } = new();
    [Field(3), MaxLength(50)] public byte[] Data { get; set; } = Array.Empty<byte>();
    [Field(4), MaxLength(6)] public List<string> Names { get; set; } = new();
}

/// <summary>[Message(MaxDepth)] wins over the assembly's depth.</summary>
[Message(2003, MaxDepth = 20)]
[AllowAnonymous]
public partial class DeepAllowed
{
    [Field(1)] public DeepAllowed? Next { get; set; }
}
