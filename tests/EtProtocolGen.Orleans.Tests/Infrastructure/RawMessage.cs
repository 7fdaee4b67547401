using System;
using System.Buffers;
using EtProtocolGen.Wire;

namespace EtProtocolGen.Orleans.Tests.Infrastructure;

/// <summary>
/// Bytes under a real opcode that no generated encoder would write: what a buggy or hostile peer silo might send. Encoding
/// copies the bytes; it cannot be decoded (<see cref="TryParse"/> refuses), so only a sender uses it.
/// </summary>
public sealed class RawMessage : IWireMessage
{
    private readonly byte[] _payload;

    public RawMessage(ushort opcode, byte[] payload)
    {
        MessageOpcode = opcode;
        _payload = payload;
    }

    public ushort MessageOpcode { get; }

    /// <summary>A descriptor that lets a sender's codec write raw messages under <paramref name="opcode"/>.</summary>
    public static MessageDescriptor Descriptor(ushort opcode) => new(opcode, typeof(RawMessage), MessageScope.Outer, MessageDirection.Both, null, false, false, TryParse);

    public int CalculateSize() => _payload.Length;

    public void WriteTo(IBufferWriter<byte> output) => output.Write(_payload);

    public bool TryWriteTo(Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = _payload.Length;
        return _payload.AsSpan().TryCopyTo(destination);
    }

    public void WriteFields(ref ProtoWriter writer) => throw new NotSupportedException();

    private static bool TryParse(ReadOnlySpan<byte> payload, out IWireMessage? message, out ProtocolError error)
    {
        message = null;
        error = ProtocolError.InvalidWireType;
        return false;
    }
}
