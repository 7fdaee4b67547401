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
    /// <summary>A pathfinding result: an id, a start position and 20 points.</summary>
    public class PathfindingBenchmarks : PeerComparison<Et.M2C_PathfindingResult, Peers.M2C_PathfindingResult, G.M2C_PathfindingResult>
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
        public Et.M2C_PathfindingResult EtProtocolGen_Deserialize() => Et.M2C_PathfindingResult.Parse(EtBytes);

        [Benchmark(Baseline = true), BenchmarkCategory(Libraries.Deserialize)]
        public Peers.M2C_PathfindingResult? MemoryPack_Deserialize() => MemoryPackSerializer.Deserialize<Peers.M2C_PathfindingResult>(MemoryPackBytes);

        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public Peers.M2C_PathfindingResult MessagePack_Deserialize() => MessagePackSerializer.Deserialize<Peers.M2C_PathfindingResult>(MessagePackBytes);

        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public Peers.M2C_PathfindingResult ProtobufNet_Deserialize() => ProtoBuf.Serializer.Deserialize<Peers.M2C_PathfindingResult>(ProtobufNetBytes.AsSpan());

        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public G.M2C_PathfindingResult GoogleProtobuf_Deserialize() => G.M2C_PathfindingResult.Parser.ParseFrom(GoogleBytes.AsSpan());

        /// <summary>The floor for deserializing: allocating just the objects and strings a decoder returns.</summary>
        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public Et.M2C_PathfindingResult ReturnedObjects_Deserialize() => ReturnedObjects.Copy(Message);

        protected override Et.M2C_PathfindingResult CreateMessage() => SampleData.Pathfinding();

        protected override Peers.M2C_PathfindingResult ToPeer(Et.M2C_PathfindingResult message) => SampleData.ToPeer(message);

        protected override G.M2C_PathfindingResult ToGoogle(Et.M2C_PathfindingResult message) => SampleData.ToGoogle(message);

        protected override Et.M2C_PathfindingResult Parse(byte[] data) => Et.M2C_PathfindingResult.Parse(data);
    }
}
