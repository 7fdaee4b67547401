using System;
using EtProtocolGen.Wire;
using Xunit;
using Xunit.Sdk;

namespace EtProtocolGen.Tests.Infrastructure;

/// <summary>A step run against a <see cref="ProtoReader"/>, which as a ref struct cannot be captured by a lambda.</summary>
internal delegate void ReaderAction(ref ProtoReader reader);

internal static class ReaderAssert
{
    /// <summary>Runs <paramref name="action"/> over <paramref name="data"/> and returns the <see cref="ProtocolException"/> it must throw.</summary>
    public static ProtocolException Throws(byte[] data, ReaderAction action, int maxDepth = 0)
    {
        try
        {
            ProtoReader reader = new(data, maxDepth);
            action(ref reader);
        }
        catch (ProtocolException e)
        {
            return e;
        }
        catch (Exception e)
        {
            throw new XunitException($"Expected ProtocolException, got {e.GetType().Name}: {e.Message}");
        }

        throw new XunitException("Expected ProtocolException, but the reader accepted the input.");
    }

    /// <summary>Asserts that <paramref name="action"/> fails with <paramref name="error"/> naming <paramref name="fieldNumber"/>.</summary>
    public static void Fails(byte[] data, ProtocolError error, int fieldNumber, ReaderAction action, int maxDepth = 0)
    {
        ProtocolException e = Throws(data, action, maxDepth);
        Assert.Equal(error, e.Error);
        Assert.Equal(fieldNumber, e.FieldNumber);
    }

    /// <summary>Reads every field of a message, skipping each value and descending into nothing.</summary>
    public static int SkipAll(ref ProtoReader reader)
    {
        int fields = 0;
        uint tag;
        while ((tag = reader.ReadTag()) != 0)
        {
            reader.SkipField(tag);
            fields++;
        }

        return fields;
    }
}
