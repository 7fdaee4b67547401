using System.Collections.Generic;
using System.Globalization;
using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Emit
{
    /// <summary>Tags computed at generation time, so generated code writes them as constant bytes.</summary>
    internal static class WireTag
    {
        public static uint Make(int fieldNumber, int wireType) => ((uint)fieldNumber << 3) | (uint)wireType;

        /// <summary>The varint bytes of a tag.</summary>
        public static List<byte> Encode(uint tag)
        {
            var bytes = new List<byte>(5);
            while (tag >= 0x80)
            {
                bytes.Add((byte)(tag | 0x80));
                tag >>= 7;
            }

            bytes.Add((byte)tag);
            return bytes;
        }

        /// <summary>The encoded size of a tag for <paramref name="fieldNumber"/> (independent of the wire type).</summary>
        public static int Size(int fieldNumber) => Parsing.SizeBounds.Tag(fieldNumber);

        /// <summary>The tag as a hexadecimal literal for a <c>case</c> label.</summary>
        public static string Literal(uint tag) => "0x" + tag.ToString("X2", CultureInfo.InvariantCulture);

        /// <summary>Writes <c>writer.WriteRawByte(..)</c> for each byte of the tag.</summary>
        public static void EmitWrite(IndentedTextWriter writer, string protoWriter, uint tag)
        {
            foreach (byte value in Encode(tag))
            {
                writer.WriteLine(protoWriter + ".WriteRawByte(0x" + value.ToString("X2", CultureInfo.InvariantCulture) + ");");
            }
        }
    }
}
