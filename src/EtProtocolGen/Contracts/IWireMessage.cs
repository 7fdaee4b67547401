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

        /// <summary>The exact encoded size in bytes.</summary>
        int CalculateSize();

        /// <summary>Encodes the message into <paramref name="output"/>.</summary>
        void WriteTo(IBufferWriter<byte> output);

        /// <summary>Encodes the message into <paramref name="destination"/>; <c>false</c> if it does not fit.</summary>
        bool TryWriteTo(Span<byte> destination, out int bytesWritten);

        /// <summary>Writes the fields (no length prefix). Used by generated code for nested messages.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        void WriteFields(ref ProtoWriter writer);
    }
}
