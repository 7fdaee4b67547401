using System;
using System.Buffers;
using BenchmarkDotNet.Attributes;
using MemoryPack;

namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>
    /// The floor under deserializing one message from protobuf, next to MemoryPack: the generated <c>Parse</c>, and a decoder
    /// written by hand for that message that reads the same bytes with no check at all (<see cref="UncheckedWire"/>: no bounds,
    /// no limits, no malformed input) but still sizes its lists and maps from a scan of the bytes, as protobuf sends no count and
    /// the returned collections may hold no spare room. A class per message (<see cref="InventoryDecodeFloorBenchmarks"/>, ...)
    /// gives the message, its hand-written decoder and how to compare two of them; setup checks that the hand-written decoder
    /// gives the message back.
    /// </summary>
    [Config(typeof(SerializerConfig))]
    public abstract class DecodeFloor<TEt, TPeer>
        where TEt : class, IWireMessage
        where TPeer : class
    {
        private readonly Func<TEt> _createMessage;
        private readonly Func<TEt, TPeer> _toPeer;
        private readonly SpanParser<TEt> _parse;
        private readonly SpanParser<TEt> _handWritten;
        private readonly Func<TEt, TEt, bool> _same;
        private byte[] _protobuf = Array.Empty<byte>();
        private int _length;
        private byte[] _memoryPack = Array.Empty<byte>();

        /// <param name="createMessage">The sample message (<see cref="Messages.SampleData"/>).</param>
        /// <param name="toPeer">The same data as the MemoryPack message.</param>
        /// <param name="parse">The generated <c>Parse</c>.</param>
        /// <param name="handWritten">The hand-written decoder of the message's protobuf bytes.</param>
        /// <param name="same">True when two messages hold the same data and the second's collections have no spare room.</param>
        protected DecodeFloor(Func<TEt> createMessage, Func<TEt, TPeer> toPeer, SpanParser<TEt> parse, SpanParser<TEt> handWritten, Func<TEt, TEt, bool> same)
        {
            _createMessage = createMessage;
            _toPeer = toPeer;
            _parse = parse;
            _handWritten = handWritten;
            _same = same;
        }

        /// <summary>The sample message, for a subclass's own setup.</summary>
        protected TEt Message { get; private set; } = null!;

        private ReadOnlySpan<byte> Protobuf => _protobuf.AsSpan(0, _length);

        [GlobalSetup]
        public virtual void Setup()
        {
            Message = _createMessage();
            var output = new ArrayBufferWriter<byte>(64 * 1024);
            Message.WriteTo(output);
            _protobuf = UncheckedWire.Padded(output.WrittenSpan);
            _length = output.WrittenCount;
            _memoryPack = MemoryPackSerializer.Serialize(_toPeer(Message));
            if (!_same(Message, _handWritten(Protobuf)))
            {
                throw new InvalidOperationException("The hand-written " + typeof(TEt).Name + " decoder does not give the message back.");
            }
        }

        [Benchmark(Baseline = true)]
        public TPeer? MemoryPack_Deserialize() => MemoryPackSerializer.Deserialize<TPeer>(_memoryPack);

        [Benchmark]
        public TEt EtProtocolGen_Deserialize() => _parse(Protobuf);

        /// <summary>The same bytes as <see cref="EtProtocolGen_Deserialize"/>, by a decoder written for this message that checks nothing.</summary>
        [Benchmark]
        public TEt HandWritten_Deserialize() => _handWritten(Protobuf);
    }
}
