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
    /// <summary>An inventory of 500 items of five small fields each.</summary>
    public class InventoryBenchmarks : PeerComparison<Et.M2C_Inventory, Peers.M2C_Inventory, G.M2C_Inventory>
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
        public Et.M2C_Inventory EtProtocolGen_Deserialize() => Et.M2C_Inventory.Parse(EtBytes);

        [Benchmark(Baseline = true), BenchmarkCategory(Libraries.Deserialize)]
        public Peers.M2C_Inventory? MemoryPack_Deserialize() => MemoryPackSerializer.Deserialize<Peers.M2C_Inventory>(MemoryPackBytes);

        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public Peers.M2C_Inventory MessagePack_Deserialize() => MessagePackSerializer.Deserialize<Peers.M2C_Inventory>(MessagePackBytes);

        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public Peers.M2C_Inventory ProtobufNet_Deserialize() => ProtoBuf.Serializer.Deserialize<Peers.M2C_Inventory>(ProtobufNetBytes.AsSpan());

        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public G.M2C_Inventory GoogleProtobuf_Deserialize() => G.M2C_Inventory.Parser.ParseFrom(GoogleBytes.AsSpan());

        /// <summary>The floor for deserializing: allocating just the objects and strings a decoder returns.</summary>
        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public Et.M2C_Inventory ReturnedObjects_Deserialize() => ReturnedObjects.Copy(Message);

        protected override Et.M2C_Inventory CreateMessage() => SampleData.Inventory();

        protected override Peers.M2C_Inventory ToPeer(Et.M2C_Inventory message) => SampleData.ToPeer(message);

        protected override G.M2C_Inventory ToGoogle(Et.M2C_Inventory message) => SampleData.ToGoogle(message);

        protected override Et.M2C_Inventory Parse(byte[] data) => Et.M2C_Inventory.Parse(data);
    }
}
