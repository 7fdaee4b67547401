using System;
using EtProtocolGen.Wire;

namespace EtProtocolGen
{
    /// <summary>
    /// Reads a request's RpcId from its encoded payload without decoding the message, so that a request refused before
    /// decoding (a rate limit, a full queue) can still be answered with its RpcId. Used by generated dispatchers and by
    /// transports; never allocates for a well-formed payload.
    /// </summary>
    public static class RpcIdReader
    {
        /// <summary>
        /// Finds the first top-level occurrence of field <paramref name="fieldNumber"/> in <paramref name="payload"/> and reads
        /// it as an <c>int</c> in <paramref name="encoding"/>. Other fields are skipped by the wire format's own rules
        /// (<see cref="ProtoReader.SkipField"/>), nested messages are not entered, so the work is bounded by the payload's length.
        /// </summary>
        /// <remarks>
        /// A decoder keeps the last occurrence of a repeated scalar; this stops at the first, which is where every encoder
        /// puts it. A peer that repeats the field can only mislabel the answer to its own request.
        /// </remarks>
        /// <param name="payload">The encoded message (the frame's payload, without the opcode).</param>
        /// <param name="fieldNumber">The field number of the request's <see cref="IRequest.RpcId"/> property.</param>
        /// <param name="encoding">The field's declared encoding.</param>
        /// <param name="rpcId">The value, or 0 when the result is false.</param>
        /// <returns>
        /// False when the field is absent (an RpcId of 0 is not encoded), has another wire type, or the payload is malformed
        /// before it; a malformed payload costs one caught <see cref="ProtocolException"/>.
        /// </returns>
        public static bool TryPeek(ReadOnlySpan<byte> payload, int fieldNumber, FieldEncoding encoding, out int rpcId)
        {
            rpcId = 0;
            if (fieldNumber <= 0 || fieldNumber > WireFormat.MaxFieldNumber)
            {
                throw new ArgumentOutOfRangeException(nameof(fieldNumber));
            }

            WireType expected = encoding == FieldEncoding.Fixed ? WireType.Fixed32 : WireType.Varint;
            try
            {
                var reader = new ProtoReader(payload);
                uint tag;
                while ((tag = reader.ReadTag()) != 0)
                {
                    if (WireFormat.GetFieldNumber(tag) != fieldNumber)
                    {
                        reader.SkipField(tag);
                        continue;
                    }

                    if (WireFormat.GetWireType(tag) != expected)
                    {
                        return false;
                    }

                    rpcId = encoding switch
                    {
                        FieldEncoding.Fixed => reader.ReadSFixed32(),
                        FieldEncoding.ZigZag => reader.ReadSInt32(),
                        _ => reader.ReadInt32(),
                    };
                    return true;
                }
            }
            catch (ProtocolException)
            {
                rpcId = 0;
            }

            return false;
        }
    }
}
