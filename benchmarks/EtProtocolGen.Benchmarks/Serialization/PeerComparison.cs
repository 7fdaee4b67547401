using System;
using System.Buffers;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Google.Protobuf;
using MemoryPack;
using MessagePack;

namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>Decodes one message from <paramref name="data"/>.</summary>
    public delegate T SpanParser<out T>(ReadOnlySpan<byte> data);

    /// <summary>
    /// Serialize and deserialize of one message by every library: the EtProtocolGen message, the same data for the peers,
    /// each library's encoding of it, and one reusable output buffer (so serializing measures the encoder, never buffer
    /// growth). A benchmark class per message (<see cref="LoginBenchmarks"/>, ...) says which message, how its data reaches
    /// the peers, and the two calls that must name the message type: EtProtocolGen's and Google.Protobuf's <c>Parse</c>,
    /// written as lambdas in that class, so each is the call a user writes, with the message type and Google's static
    /// parser known where it is compiled. The other libraries are called through their generic entry points.
    /// </summary>
    /// <remarks>
    /// Setup checks what the numbers rely on: EtProtocolGen writes the same bytes as Google.Protobuf, and every
    /// library decodes its own bytes back to a message that re-encodes identically. A broken codec fails the run
    /// (also in the CI quick mode) instead of being timed.
    /// </remarks>
    [Config(typeof(SerializerConfig))]
    public abstract class PeerComparison<TEt, TPeer, TGoogle> : IEncodedSizes
        where TEt : class, IWireMessage
        where TPeer : class
        where TGoogle : class, Google.Protobuf.IMessage<TGoogle>
    {
        private readonly Func<TEt> _createMessage;
        private readonly Func<TEt, TPeer> _toPeer;
        private readonly Func<TEt, TGoogle> _toGoogle;
        private readonly Func<TEt, TEt> _copyReturnedObjects;
        private readonly SpanParser<TEt> _parse;
        private readonly SpanParser<TGoogle> _parseGoogle;

        /// <param name="createMessage">The sample message (<see cref="Messages.SampleData"/>).</param>
        /// <param name="toPeer">The same data as the MemoryPack / MessagePack / protobuf-net message.</param>
        /// <param name="toGoogle">The same data as the Google.Protobuf message.</param>
        /// <param name="copyReturnedObjects">Allocates just the objects and strings a decoder returns (<see cref="ReturnedObjects"/>).</param>
        /// <param name="parse">The generated <c>Parse</c>.</param>
        /// <param name="parseGoogle">Google.Protobuf's <c>Parser.ParseFrom</c>.</param>
        protected PeerComparison(
            Func<TEt> createMessage,
            Func<TEt, TPeer> toPeer,
            Func<TEt, TGoogle> toGoogle,
            Func<TEt, TEt> copyReturnedObjects,
            SpanParser<TEt> parse,
            SpanParser<TGoogle> parseGoogle)
        {
            _createMessage = createMessage;
            _toPeer = toPeer;
            _toGoogle = toGoogle;
            _copyReturnedObjects = copyReturnedObjects;
            _parse = parse;
            _parseGoogle = parseGoogle;
        }

        private ArrayBufferWriter<byte> Output { get; } = new ArrayBufferWriter<byte>(64 * 1024);

        private TEt Message { get; set; } = null!;

        private TPeer PeerMessage { get; set; } = null!;

        private TGoogle GoogleMessage { get; set; } = null!;

        private byte[] EtBytes { get; set; } = Array.Empty<byte>();

        private byte[] MemoryPackBytes { get; set; } = Array.Empty<byte>();

        private byte[] MessagePackBytes { get; set; } = Array.Empty<byte>();

        private byte[] ProtobufNetBytes { get; set; } = Array.Empty<byte>();

        private byte[] GoogleBytes { get; set; } = Array.Empty<byte>();

        [GlobalSetup]
        public void Setup()
        {
            Message = _createMessage();
            PeerMessage = _toPeer(Message);
            GoogleMessage = _toGoogle(Message);

            EtBytes = Encode(output => Message.WriteTo(output));
            MemoryPackBytes = MemoryPackSerializer.Serialize(PeerMessage);
            MessagePackBytes = MessagePackSerializer.Serialize(PeerMessage);
            ProtobufNetBytes = Encode(output => ProtoBuf.Serializer.Serialize(output, PeerMessage));
            GoogleBytes = GoogleMessage.ToByteArray();

            Check(EtBytes.AsSpan().SequenceEqual(GoogleBytes), "EtProtocolGen and Google.Protobuf encode different bytes");
            Check(Encode(output => _parse(EtBytes).WriteTo(output)).AsSpan().SequenceEqual(EtBytes), "EtProtocolGen does not round-trip");
            Check(MemoryPackSerializer.Serialize(MemoryPackSerializer.Deserialize<TPeer>(MemoryPackBytes)).AsSpan().SequenceEqual(MemoryPackBytes), "MemoryPack does not round-trip");
            Check(MessagePackSerializer.Serialize(MessagePackSerializer.Deserialize<TPeer>(MessagePackBytes)).AsSpan().SequenceEqual(MessagePackBytes), "MessagePack does not round-trip");
            Check(Encode(output => ProtoBuf.Serializer.Serialize(output, ProtoBuf.Serializer.Deserialize<TPeer>(ProtobufNetBytes.AsSpan()))).AsSpan().SequenceEqual(ProtobufNetBytes), "protobuf-net does not round-trip");
            Check(_parseGoogle(GoogleBytes).ToByteArray().AsSpan().SequenceEqual(GoogleBytes), "Google.Protobuf does not round-trip");
        }

        [Benchmark, BenchmarkCategory(Libraries.Serialize)]
        public int EtProtocolGen_Serialize()
        {
            Output.ResetWrittenCount();
            Message.WriteTo(Output);
            return Output.WrittenCount;
        }

        [Benchmark(Baseline = true), BenchmarkCategory(Libraries.Serialize)]
        public int MemoryPack_Serialize()
        {
            Output.ResetWrittenCount();
            MemoryPackSerializer.Serialize(Output, PeerMessage);
            return Output.WrittenCount;
        }

        [Benchmark, BenchmarkCategory(Libraries.Serialize)]
        public int MessagePack_Serialize()
        {
            Output.ResetWrittenCount();
            MessagePackSerializer.Serialize(Output, PeerMessage);
            return Output.WrittenCount;
        }

        [Benchmark, BenchmarkCategory(Libraries.Serialize)]
        public int ProtobufNet_Serialize()
        {
            Output.ResetWrittenCount();
            ProtoBuf.Serializer.Serialize(Output, PeerMessage);
            return Output.WrittenCount;
        }

        [Benchmark, BenchmarkCategory(Libraries.Serialize)]
        public int GoogleProtobuf_Serialize()
        {
            Output.ResetWrittenCount();
            global::Google.Protobuf.MessageExtensions.WriteTo(GoogleMessage, Output);
            return Output.WrittenCount;
        }

        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public TEt EtProtocolGen_Deserialize() => _parse(EtBytes);

        [Benchmark(Baseline = true), BenchmarkCategory(Libraries.Deserialize)]
        public TPeer? MemoryPack_Deserialize() => MemoryPackSerializer.Deserialize<TPeer>(MemoryPackBytes);

        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public TPeer MessagePack_Deserialize() => MessagePackSerializer.Deserialize<TPeer>(MessagePackBytes);

        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public TPeer ProtobufNet_Deserialize() => ProtoBuf.Serializer.Deserialize<TPeer>(ProtobufNetBytes.AsSpan());

        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public TGoogle GoogleProtobuf_Deserialize() => _parseGoogle(GoogleBytes);

        /// <summary>The floor for deserializing: allocating just the objects and strings a decoder returns.</summary>
        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public TEt ReturnedObjects_Deserialize() => _copyReturnedObjects(Message);

        /// <inheritdoc />
        public int EncodedBytes(string library) => library switch
        {
            Libraries.EtProtocolGen => EtBytes.Length,
            Libraries.MemoryPack => MemoryPackBytes.Length,
            Libraries.MessagePack => MessagePackBytes.Length,
            Libraries.ProtobufNet => ProtobufNetBytes.Length,
            Libraries.GoogleProtobuf => GoogleBytes.Length,
            _ => -1,
        };

        private static byte[] Encode(Action<IBufferWriter<byte>> write)
        {
            var output = new ArrayBufferWriter<byte>();
            write(output);
            return output.WrittenSpan.ToArray();
        }

        private static void Check(bool condition, string failure)
        {
            if (!condition)
            {
                throw new InvalidOperationException(typeof(TEt).Name + ": " + failure + ".");
            }
        }
    }
}
