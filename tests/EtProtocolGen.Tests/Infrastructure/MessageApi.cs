using System;
using System.Buffers;
using EtProtocolGen.Testing;
using Xunit;
using Xunit.Sdk;

namespace EtProtocolGen.Tests.Infrastructure;

/// <summary>The assertions of <see cref="MessageApi{T}"/> for a message type chosen at run time (theory data).</summary>
internal interface IMessageApi
{
    IWireMessage AcceptsMessage(byte[] data);

    IWireMessage ParseMessage(in ReadOnlySequence<byte> data);

    ProtocolException Refuses(byte[] data, ProtocolError error, int fieldNumber);

    ProtocolError Classify(byte[] data);
}

/// <summary>
/// The generated static members of one message type, as delegates, with the assertions every hostile-input test
/// makes: <c>Parse</c> (span and multi-segment sequence) throws <see cref="ProtocolException"/> only, naming the
/// error and field, and <c>TryParse</c> reports the same error without throwing: not even an exception it catches itself
/// (counted through <see cref="AppDomain.FirstChanceException"/>, per thread).
/// </summary>
internal sealed class MessageApi<T> : IMessageApi
    where T : IWireMessage
{
    public delegate T SpanParser(ReadOnlySpan<byte> data);

    public delegate T SequenceParser(in ReadOnlySequence<byte> data);

    public delegate bool TryParser(ReadOnlySpan<byte> data, out T message, out ProtocolError error);

    private readonly SpanParser _parse;
    private readonly SequenceParser _parseSequence;
    private readonly TryParser _tryParse;

    [ThreadStatic]
    private static int _exceptionsOnThisThread;

    static MessageApi() => AppDomain.CurrentDomain.FirstChanceException += (_, _) => _exceptionsOnThisThread++;

    public MessageApi(SpanParser parse, SequenceParser parseSequence, TryParser tryParse)
    {
        _parse = parse;
        _parseSequence = parseSequence;
        _tryParse = tryParse;
    }

    public T Parse(byte[] data) => _parse(data);

    public T Parse(in ReadOnlySequence<byte> data) => _parseSequence(in data);

    public bool TryParse(byte[] data, out T message, out ProtocolError error) => _tryParse(data, out message, out error);

    public IWireMessage AcceptsMessage(byte[] data) => Accepts(data);

    public IWireMessage ParseMessage(in ReadOnlySequence<byte> data) => _parseSequence(in data);

    /// <summary>Asserts every entry point accepts <paramref name="data"/> and returns what <c>Parse</c> made of it.</summary>
    public T Accepts(byte[] data)
    {
        T parsed = _parse(data);
        Assert.True(_tryParse(data, out T viaTry, out ProtocolError error), $"TryParse refused what Parse accepted: {error}");
        Assert.Equal(ProtocolError.None, error);
        Assert.NotNull(viaTry);
        ReadOnlySequence<byte> sequence = Segments.Split(data, 3);
        Assert.NotNull(_parseSequence(in sequence));
        return parsed;
    }

    /// <summary>Asserts every entry point refuses <paramref name="data"/> with <paramref name="error"/> in <paramref name="fieldNumber"/>.</summary>
    public ProtocolException Refuses(byte[] data, ProtocolError error, int fieldNumber)
    {
        ProtocolException e = ParseThrows(data);
        Assert.Equal(error, e.Error);
        Assert.Equal(fieldNumber, e.FieldNumber);

        ReadOnlySequence<byte> sequence = Segments.Split(data, 3);
        ProtocolException fromSequence = Throws(() => _parseSequence(in sequence));
        Assert.Equal(error, fromSequence.Error);
        Assert.Equal(fieldNumber, fromSequence.FieldNumber);

        Assert.Equal(error, TryParseFails(data));
        return e;
    }

    /// <summary>Parses arbitrary bytes: anything but a <see cref="ProtocolException"/> or success fails the test.</summary>
    public ProtocolError Classify(byte[] data)
    {
        ProtocolError viaTry;
        int exceptionsBefore = _exceptionsOnThisThread;
        try
        {
            viaTry = _tryParse(data, out _, out ProtocolError error) ? ProtocolError.None : error;
        }
        catch (Exception e)
        {
            throw new XunitException($"TryParse threw {e.GetType().Name}: {e.Message}");
        }

        Assert.True(exceptionsBefore == _exceptionsOnThisThread, $"TryParse threw and caught an exception to report {viaTry}");

        ProtocolError viaParse;
        try
        {
            _parse(data);
            viaParse = ProtocolError.None;
        }
        catch (ProtocolException e)
        {
            viaParse = e.Error;
            Assert.NotEqual(ProtocolError.None, viaParse);
        }
        catch (Exception e)
        {
            throw new XunitException($"Parse threw {e.GetType().Name} instead of ProtocolException: {e.Message}");
        }

        Assert.Equal(viaParse, viaTry);
        return viaParse;
    }

    public ProtocolException ParseThrows(byte[] data) => Throws(() => _parse(data));

    public ProtocolError TryParseFails(byte[] data)
    {
        bool parsed;
        T message;
        ProtocolError error;
        int exceptionsBefore = _exceptionsOnThisThread;
        try
        {
            parsed = _tryParse(data, out message, out error);
        }
        catch (Exception e)
        {
            throw new XunitException($"TryParse threw {e.GetType().Name}: {e.Message}");
        }

        Assert.True(exceptionsBefore == _exceptionsOnThisThread, $"TryParse threw and caught an exception to report {error}");
        Assert.True(System.Collections.Generic.EqualityComparer<T>.Default.Equals(message, default!), "TryParse handed out a partly decoded message");

        Assert.False(parsed, "TryParse accepted the input");
        Assert.NotEqual(ProtocolError.None, error);
        return error;
    }

    private static ProtocolException Throws(Func<T> parse)
    {
        try
        {
            parse();
        }
        catch (ProtocolException e)
        {
            return e;
        }
        catch (Exception e)
        {
            throw new XunitException($"Expected ProtocolException, got {e.GetType().Name}: {e.Message}");
        }

        throw new XunitException("Expected ProtocolException, but the input was accepted.");
    }
}

internal static class Encoded
{
    /// <summary>
    /// Encodes through <c>WriteTo</c> and checks that every other way agrees with it: <c>CalculateSize</c>, the size bound
    /// (never below the exact size), <c>WriteTo</c> into a writer with room to spare (written straight into the bound) and
    /// into one that has to grow, and <c>TryWriteTo</c> into an exact and into a roomy span.
    /// </summary>
    public static byte[] Bytes(IWireMessage message)
    {
        ArrayBufferWriter<byte> output = new(1);
        message.WriteTo(output);
        byte[] bytes = output.WrittenSpan.ToArray();
        Assert.Equal(bytes.Length, message.CalculateSize());

        long bound = (long)message.GetType().GetMethod("CalculateSizeBound")!.Invoke(message, null)!;
        Assert.True(bound >= bytes.Length, $"size bound {bound} is below the exact size {bytes.Length}");

        ArrayBufferWriter<byte> roomy = new(checked((int)bound + 64));
        message.WriteTo(roomy);
        Assert.Equal(bytes, roomy.WrittenSpan.ToArray());

        byte[] exact = new byte[bytes.Length];
        Assert.True(message.TryWriteTo(exact, out int written));
        Assert.Equal(bytes.Length, written);
        Assert.Equal(bytes, exact);

        byte[] large = new byte[bound + 64];
        Assert.True(message.TryWriteTo(large, out int writtenLarge));
        Assert.Equal(bytes, large.AsSpan(0, writtenLarge).ToArray());
        return bytes;
    }
}
