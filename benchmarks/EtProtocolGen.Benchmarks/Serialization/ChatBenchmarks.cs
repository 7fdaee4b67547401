using System;
using BenchmarkDotNet.Attributes;
using EtProtocolGen.Benchmarks.Messages;
using MemoryPack;
using MessagePack;
using Et = EtProtocolGen.Benchmarks.Messages.Et;
using G = EtProtocolGen.Benchmarks.Messages.Google;
using Peers = EtProtocolGen.Benchmarks.Messages.Peers;

namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>A chat message: a channel id and 200 CJK characters (600 UTF-8 bytes).</summary>
    public class ChatBenchmarks : PeerComparison<Et.C2M_Chat, Peers.C2M_Chat, G.C2M_Chat>
    {
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
        public Et.C2M_Chat EtProtocolGen_Deserialize() => Et.C2M_Chat.Parse(EtBytes);

        [Benchmark(Baseline = true), BenchmarkCategory(Libraries.Deserialize)]
        public Peers.C2M_Chat? MemoryPack_Deserialize() => MemoryPackSerializer.Deserialize<Peers.C2M_Chat>(MemoryPackBytes);

        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public Peers.C2M_Chat MessagePack_Deserialize() => MessagePackSerializer.Deserialize<Peers.C2M_Chat>(MessagePackBytes);

        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public Peers.C2M_Chat ProtobufNet_Deserialize() => ProtoBuf.Serializer.Deserialize<Peers.C2M_Chat>(ProtobufNetBytes.AsSpan());

        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public G.C2M_Chat GoogleProtobuf_Deserialize() => G.C2M_Chat.Parser.ParseFrom(GoogleBytes.AsSpan());

        /// <summary>The floor for deserializing: allocating just the objects and strings a decoder returns.</summary>
        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public Et.C2M_Chat ReturnedObjects_Deserialize() => ReturnedObjects.Copy(Message);

        protected override Et.C2M_Chat CreateMessage() => SampleData.Chat();

        protected override Peers.C2M_Chat ToPeer(Et.C2M_Chat message) => SampleData.ToPeer(message);

        protected override G.C2M_Chat ToGoogle(Et.C2M_Chat message) => SampleData.ToGoogle(message);

        protected override Et.C2M_Chat Parse(byte[] data) => Et.C2M_Chat.Parse(data);
    }
}
