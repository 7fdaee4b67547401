using System;
using EtProtocolGen.Wire;
using Xunit;
using Xunit.Sdk;

namespace EtProtocolGen.Tests.Infrastructure;

/// <summary>A step run against a <see cref="ProtoReader"/>, which as a ref struct cannot be captured by a lambda.</summary>
internal delegate void ReaderAction(ref ProtoReader reader);

internal static class ReaderAssert
{
    /// <summary>
    /// Runs <paramref name="action"/> over <paramref name="data"/>, which must not throw, and returns the
    /// <see cref="ProtocolException"/> the failure it must record becomes in <c>Parse</c> (<see cref="ProtoReader.ThrowIfFailed"/>).
    /// </summary>
    public static ProtocolException Refuses(byte[] data, ReaderAction action, int maxDepth = 0)
    {
        ProtoReader reader = new(data, maxDepth);
        try
        {
            action(ref reader);
        }
        catch (Exception e)
        {
            throw new XunitException($"The reader threw {e.GetType().Name} ({e.Message}); it must record the failure instead.");
        }

        if (reader.Error == ProtocolError.None)
        {
            throw new XunitException("Expected a failure, but the reader accepted the input.");
        }

        Assert.True(reader.IsAtEnd, "a failed reader must be at its end, so that decoding loops stop");
        try
        {
            reader.ThrowIfFailed();
        }
        catch (ProtocolException e)
        {
            Assert.Equal(reader.Error, e.Error);
            Assert.Equal(reader.ErrorFieldNumber, e.FieldNumber);
            return e;
        }

        throw new XunitException("ThrowIfFailed did not throw for a failed reader.");
    }

    /// <summary>Asserts that <paramref name="action"/> fails with <paramref name="error"/> naming <paramref name="fieldNumber"/>.</summary>
    public static void Fails(byte[] data, ProtocolError error, int fieldNumber, ReaderAction action, int maxDepth = 0)
    {
        ProtocolException e = Refuses(data, action, maxDepth);
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
