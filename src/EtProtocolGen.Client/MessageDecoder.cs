using System;

namespace EtProtocolGen.Client
{
    /// <summary>
    /// Decodes an incoming message by its opcode. A generated <c>ProtocolRegistry.TryParse</c> has this signature, so pass it as a
    /// method group: <c>ProtocolClient.ConnectAsync(endPoint, ProtocolRegistry.TryParse)</c>.
    /// </summary>
    /// <param name="opcode">The frame's opcode.</param>
    /// <param name="payload">The frame's payload.</param>
    /// <param name="message">The decoded message, when the result is true.</param>
    /// <param name="error">Why decoding failed; <see cref="ProtocolError.None"/> when the opcode is unknown.</param>
    /// <returns>True when the payload decoded.</returns>
    public delegate bool MessageDecoder(ushort opcode, ReadOnlySpan<byte> payload, out IWireMessage? message, out ProtocolError error);
}
