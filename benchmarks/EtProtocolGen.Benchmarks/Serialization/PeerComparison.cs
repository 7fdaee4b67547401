using System;
using System.Buffers;
using System.Linq;
using BenchmarkDotNet.Attributes;
using EtProtocolGen.Benchmarks.Messages;
using Google.Protobuf;
using MemoryPack;
using MessagePack;

namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>
    /// The data every serializer benchmark of one message shares: the EtProtocolGen message, the same data for the
    /// peers, each library's encoding of it, and one reusable output buffer (so serializing measures the encoder,
    /// never buffer growth). The concrete classes hold the benchmark methods, each one direct, non-generic call.
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
        protected ArrayBufferWriter<byte> Output { get; } = new ArrayBufferWriter<byte>(64 * 1024);

        protected TEt Message { get; private set; } = null!;

        protected TPeer PeerMessage { get; private set; } = null!;

        protected TGoogle GoogleMessage { get; private set; } = null!;

        protected byte[] EtBytes { get; private set; } = Array.Empty<byte>();

        protected byte[] MemoryPackBytes { get; private set; } = Array.Empty<byte>();

        protected byte[] MessagePackBytes { get; private set; } = Array.Empty<byte>();

        protected byte[] ProtobufNetBytes { get; private set; } = Array.Empty<byte>();

        protected byte[] GoogleBytes { get; private set; } = Array.Empty<byte>();

        [GlobalSetup]
        public void Setup()
        {
            Message = CreateMessage();
            PeerMessage = ToPeer(Message);
            GoogleMessage = ToGoogle(Message);

            EtBytes = Encode(output => Message.WriteTo(output));
            MemoryPackBytes = MemoryPackSerializer.Serialize(PeerMessage);
            MessagePackBytes = MessagePackSerializer.Serialize(PeerMessage);
            ProtobufNetBytes = Encode(output => ProtoBuf.Serializer.Serialize(output, PeerMessage));
            GoogleBytes = GoogleMessage.ToByteArray();

            Check(EtBytes.AsSpan().SequenceEqual(GoogleBytes), "EtProtocolGen and Google.Protobuf encode different bytes");
            Check(Encode(output => Parse(EtBytes).WriteTo(output)).AsSpan().SequenceEqual(EtBytes), "EtProtocolGen does not round-trip");
            Check(MemoryPackSerializer.Serialize(MemoryPackSerializer.Deserialize<TPeer>(MemoryPackBytes)).AsSpan().SequenceEqual(MemoryPackBytes), "MemoryPack does not round-trip");
            Check(MessagePackSerializer.Serialize(MessagePackSerializer.Deserialize<TPeer>(MessagePackBytes)).AsSpan().SequenceEqual(MessagePackBytes), "MessagePack does not round-trip");
            Check(Encode(output => ProtoBuf.Serializer.Serialize(output, ProtoBuf.Serializer.Deserialize<TPeer>(ProtobufNetBytes.AsSpan()))).AsSpan().SequenceEqual(ProtobufNetBytes), "protobuf-net does not round-trip");
            Check(GoogleMessage.Descriptor.Parser.ParseFrom(GoogleBytes).ToByteArray().AsSpan().SequenceEqual(GoogleBytes), "Google.Protobuf does not round-trip");
        }

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

        protected abstract TEt CreateMessage();

        protected abstract TPeer ToPeer(TEt message);

        protected abstract TGoogle ToGoogle(TEt message);

        protected abstract TEt Parse(byte[] data);

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
