using System;
using System.Buffers.Binary;

namespace EtProtocolGen.Wire
{
    /// <summary>
    /// Reads one top-level integer field of an encoded message without decoding it: how a request that is refused before
    /// decoding (a rate limit) is still answered with its RpcId. Never throws, never allocates.
    /// </summary>
    public static class ProtoPeek
    {
        /// <summary>
        /// Finds the value the generated decoder would assign to the int field <paramref name="fieldNumber"/>: the last
        /// occurrence with the wire type of <paramref name="encoding"/> (occurrences with another wire type are skipped, as the
        /// decoder skips them), or 0 when there is none. Only the top level is walked, once, with every length checked against
        /// the bytes left, so the cost is bounded by <paramref name="message"/>'s length (the transport's frame limit) and
        /// length-delimited fields are jumped over in one step.
        /// </summary>
        /// <param name="message">The encoded message (a frame's payload, without the opcode).</param>
        /// <param name="fieldNumber">The field number (1 .. <see cref="WireFormat.MaxFieldNumber"/>).</param>
        /// <param name="encoding">The field's <see cref="FieldAttribute.Encoding"/>.</param>
        /// <param name="value">The field's value, or 0 when the field is absent or the walk failed.</param>
        /// <returns>False when the top level is malformed (bad tag, truncated value) before the walk reached the end.</returns>
        public static bool TryReadInt32(ReadOnlySpan<byte> message, int fieldNumber, FieldEncoding encoding, out int value)
        {
            value = 0;
            if (fieldNumber < 1 || fieldNumber > WireFormat.MaxFieldNumber)
            {
                return false;
            }

            uint wanted = WireFormat.MakeTag(fieldNumber, encoding == FieldEncoding.Fixed ? WireType.Fixed32 : WireType.Varint);
            int found = 0;
            int position = 0;
            while (position < message.Length)
            {
                if (!TryReadVarint(message, ref position, 5, out ulong rawTag) || rawTag > uint.MaxValue)
                {
                    return false;
                }

                uint tag = (uint)rawTag;
                if (WireFormat.GetFieldNumber(tag) == 0)
                {
                    return false;
                }

                switch (WireFormat.GetWireType(tag))
                {
                    case WireType.Varint:
                        if (!TryReadVarint(message, ref position, 10, out ulong varint))
                        {
                            return false;
                        }

                        if (tag == wanted)
                        {
                            found = encoding == FieldEncoding.ZigZag ? WireFormat.DecodeZigZag32((uint)varint) : (int)varint;
                        }

                        break;
                    case WireType.Fixed64:
                        if (message.Length - position < 8)
                        {
                            return false;
                        }

                        position += 8;
                        break;
                    case WireType.LengthDelimited:
                        if (!TryReadVarint(message, ref position, 10, out ulong length) || length > (ulong)(message.Length - position))
                        {
                            return false;
                        }

                        position += (int)length;
                        break;
                    case WireType.Fixed32:
                        if (message.Length - position < 4)
                        {
                            return false;
                        }

                        if (tag == wanted)
                        {
                            found = BinaryPrimitives.ReadInt32LittleEndian(message.Slice(position));
                        }

                        position += 4;
                        break;
                    default:
                        // Groups (3, 4) and the undefined wire types 6 and 7: the decoder refuses them too.
                        return false;
                }
            }

            value = found;
            return true;
        }

        private static bool TryReadVarint(ReadOnlySpan<byte> data, ref int position, int maxBytes, out ulong value)
        {
            value = 0;
            for (int i = 0; i < maxBytes; i++)
            {
                if (position >= data.Length)
                {
                    return false;
                }

                byte next = data[position++];
                value |= (ulong)(next & 0x7F) << (7 * i);
                if (next < 0x80)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
