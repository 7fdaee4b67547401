using System;

namespace EtProtocolGen
{
    /// <summary>
    /// Decodes one message type within its declared limits, without reflection: the generated registry gives every
    /// <see cref="MessageDescriptor"/> one, which calls the message's generated <c>TryParse</c>. Never throws for bad input.
    /// </summary>
    /// <param name="payload">The encoded message (no opcode, no length prefix).</param>
    /// <param name="message">The decoded message, or null when decoding failed.</param>
    /// <param name="error">Why decoding failed, or <see cref="ProtocolError.None"/>.</param>
    /// <returns>True when <paramref name="payload"/> decoded within the message's limits.</returns>
    public delegate bool TryParseMessage(ReadOnlySpan<byte> payload, out IWireMessage? message, out ProtocolError error);
}
