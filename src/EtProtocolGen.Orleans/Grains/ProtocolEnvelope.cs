using System;
using Orleans;

namespace EtProtocolGen.Orleans.Grains;

/// <summary>
/// One message on its way to an entity's grain: its opcode and its protobuf bytes, exactly as a client would send them. The
/// target's generated dispatcher decodes the bytes (once, within the message's declared limits), so nothing but the
/// generated decoder ever reads them.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("EtProtocolGen.Orleans.ProtocolEnvelope")]
public sealed class ProtocolEnvelope
{
    [Id(0)]
    private readonly ushort _opcode;

    [Id(1)]
    private readonly byte[] _payload;

    private ProtocolEnvelope(ushort opcode, byte[] payload)
    {
        _opcode = opcode;
        _payload = payload;
    }

    /// <summary>The message's opcode.</summary>
    public ushort Opcode => _opcode;

    /// <summary>The encoded message.</summary>
    public ReadOnlySpan<byte> Payload => _payload;

    /// <summary>The payload's length in bytes.</summary>
    public int Length => _payload.Length;

    /// <summary>Encodes <paramref name="message"/> with its generated encoder.</summary>
    public static ProtocolEnvelope Of(IWireMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        byte[] payload = new byte[message.CalculateSize()];
        if (!message.TryWriteTo(payload, out int written) || written != payload.Length)
        {
            throw new InvalidOperationException("Message " + message.GetType().Name + " encoded to a size other than its CalculateSize().");
        }

        return new ProtocolEnvelope(message.MessageOpcode, payload);
    }
}
