namespace EtProtocolGen.Tests.Infrastructure;

/// <summary>Builds deep chains of embedded messages without the quadratic cost of wrapping byte arrays.</summary>
internal static class NestedBytes
{
    /// <summary>
    /// <paramref name="levels"/> embedded messages, each the only content of field <paramref name="fieldNumber"/> of the one around it:
    /// the top-level message plus <paramref name="levels"/> nested ones. The innermost is empty.
    /// </summary>
    public static byte[] Chain(int levels, int fieldNumber = 1)
    {
        byte[] tag = new Bytes().Tag(fieldNumber, 2);
        long[] sizes = new long[levels + 1];
        for (int level = 1; level <= levels; level++)
        {
            sizes[level] = tag.Length + VarintLength((ulong)sizes[level - 1]) + sizes[level - 1];
        }

        Bytes bytes = new();
        for (int level = levels; level >= 1; level--)
        {
            bytes.Raw(tag).Varint((ulong)sizes[level - 1]);
        }

        return bytes;
    }

    private static int VarintLength(ulong value)
    {
        int length = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            length++;
        }

        return length;
    }
}
