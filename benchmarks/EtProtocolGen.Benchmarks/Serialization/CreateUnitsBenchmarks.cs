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
    /// <summary>A create-units broadcast: 10 units, each with two nested positions and a 5-entry int->long map.</summary>
    public class CreateUnitsBenchmarks : PeerComparison<Et.M2C_CreateUnits, Peers.M2C_CreateUnits, G.M2C_CreateUnits>
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
        public Et.M2C_CreateUnits EtProtocolGen_Deserialize() => Et.M2C_CreateUnits.Parse(EtBytes);

        [Benchmark(Baseline = true), BenchmarkCategory(Libraries.Deserialize)]
        public Peers.M2C_CreateUnits? MemoryPack_Deserialize() => MemoryPackSerializer.Deserialize<Peers.M2C_CreateUnits>(MemoryPackBytes);

        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public Peers.M2C_CreateUnits MessagePack_Deserialize() => MessagePackSerializer.Deserialize<Peers.M2C_CreateUnits>(MessagePackBytes);

        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public Peers.M2C_CreateUnits ProtobufNet_Deserialize() => ProtoBuf.Serializer.Deserialize<Peers.M2C_CreateUnits>(ProtobufNetBytes.AsSpan());

        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public G.M2C_CreateUnits GoogleProtobuf_Deserialize() => G.M2C_CreateUnits.Parser.ParseFrom(GoogleBytes.AsSpan());

        /// <summary>The floor for deserializing: allocating just the objects and strings a decoder returns.</summary>
        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public Et.M2C_CreateUnits ReturnedObjects_Deserialize() => ReturnedObjects.Copy(Message);

        protected override Et.M2C_CreateUnits CreateMessage() => SampleData.CreateUnits();

        protected override Peers.M2C_CreateUnits ToPeer(Et.M2C_CreateUnits message) => SampleData.ToPeer(message);

        protected override G.M2C_CreateUnits ToGoogle(Et.M2C_CreateUnits message) => SampleData.ToGoogle(message);

        protected override Et.M2C_CreateUnits Parse(byte[] data) => Et.M2C_CreateUnits.Parse(data);
    }
}
