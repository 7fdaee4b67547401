using System;
using System.Collections.Generic;

namespace EtProtocolGen.Tests.Infrastructure;

/// <summary>Builds raw protobuf bytes by hand, independently of the writer under test.</summary>
internal sealed class Bytes
{
    private readonly List<byte> _bytes = new();

    public static Bytes Of(params byte[] raw) => new Bytes().Raw(raw);

    public Bytes Raw(params byte[] raw)
    {
        _bytes.AddRange(raw);
        return this;
    }

    public Bytes Varint(ulong value)
    {
        while (value >= 0x80)
        {
            _bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        _bytes.Add((byte)value);
        return this;
    }

    public Bytes Tag(int fieldNumber, int wireType) => Varint(((ulong)(uint)fieldNumber << 3) | (uint)wireType);

    public Bytes LengthDelimited(int fieldNumber, byte[] payload) => Tag(fieldNumber, 2).Varint((ulong)payload.Length).Raw(payload);

    public Bytes LengthDelimited(int fieldNumber, Bytes payload) => LengthDelimited(fieldNumber, payload.ToArray());

    public byte[] ToArray() => _bytes.ToArray();

    public static implicit operator byte[](Bytes bytes) => bytes.ToArray();
}
