using System;
using System.Buffers;
using System.ComponentModel;
using EtProtocolGen.Wire;

namespace EtProtocolGen
{
    /// <summary>
    /// Implemented by the generator on every <see cref="MessageAttribute"/> type, so transports can
    /// encode any message without reflection.
    /// </summary>
    public interface IWireMessage
    {
        /// <summary>The message's opcode (the generated <c>Opcode</c> constant).</summary>
        ushort MessageOpcode { get; }

        /// <summary>Returns the exact number of bytes the message encodes to.</summary>
        /// <exception cref="ProtocolException">
        /// A string, bytes, collection or map over its <c>[MaxLength]</c> or <c>[ProtocolLimits]</c> default, or a message over the
        /// message size limit (<see cref="ProtocolError.LimitExceeded"/>, with the field's number, 0 for the message size): the
        /// receiver's decoder would refuse it, so it is never encoded.
        /// </exception>
        int CalculateSize();

        /// <summary>
        /// Encodes the message into <paramref name="output"/>. When the generated size bound fits the span the writer has free,
        /// or is at most 4 KiB, the message is written straight into it; otherwise it is sized exactly first, so a large message
        /// never makes the writer reserve more than it needs.
        /// </summary>
        /// <exception cref="ProtocolException">The message breaks a limit its receiver enforces; see <see cref="CalculateSize"/>.</exception>
        void WriteTo(IBufferWriter<byte> output);

        /// <summary>Encodes the message into <paramref name="destination"/>; <c>false</c> (and nothing written) if it does not fit.</summary>
        /// <exception cref="ProtocolException">The message breaks a limit its receiver enforces; see <see cref="CalculateSize"/>.</exception>
        bool TryWriteTo(Span<byte> destination, out int bytesWritten);

        /// <summary>
        /// Writes the fields in field-number order, without a length prefix, into a writer with room for the whole message.
        /// Used by generated code for nested messages and by the frame writer.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        void WriteFields(ref ProtoWriter writer);
    }
}
