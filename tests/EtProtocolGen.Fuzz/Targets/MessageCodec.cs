using System;
using System.Buffers;

namespace EtProtocolGen.Fuzz.Targets
{
    public delegate T SpanParser<T>(ReadOnlySpan<byte> data);

    public delegate T SequenceParser<T>(in ReadOnlySequence<byte> data);

    public delegate bool TryParser<T>(ReadOnlySpan<byte> data, out T message, out ProtocolError error);

    /// <summary>The three generated decoding entry points of one message type, as delegates.</summary>
    public sealed class MessageCodec<T>
        where T : class, IWireMessage
    {
        public MessageCodec(SpanParser<T> parse, SequenceParser<T> parseSequence, TryParser<T> tryParse)
        {
            Parse = parse;
            ParseSequence = parseSequence;
            TryParse = tryParse;
        }

        public SpanParser<T> Parse { get; }

        public SequenceParser<T> ParseSequence { get; }

        public TryParser<T> TryParse { get; }
    }
}
