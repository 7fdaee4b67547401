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
    /// <summary>A login request: an RpcId and two short ASCII strings.</summary>
    public class LoginBenchmarks : PeerComparison<Et.C2R_Login, Peers.C2R_Login, G.C2R_Login>
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
        public Et.C2R_Login EtProtocolGen_Deserialize() => Et.C2R_Login.Parse(EtBytes);

        [Benchmark(Baseline = true), BenchmarkCategory(Libraries.Deserialize)]
        public Peers.C2R_Login? MemoryPack_Deserialize() => MemoryPackSerializer.Deserialize<Peers.C2R_Login>(MemoryPackBytes);

        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public Peers.C2R_Login MessagePack_Deserialize() => MessagePackSerializer.Deserialize<Peers.C2R_Login>(MessagePackBytes);

        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public Peers.C2R_Login ProtobufNet_Deserialize() => ProtoBuf.Serializer.Deserialize<Peers.C2R_Login>(ProtobufNetBytes.AsSpan());

        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public G.C2R_Login GoogleProtobuf_Deserialize() => G.C2R_Login.Parser.ParseFrom(GoogleBytes.AsSpan());

        /// <summary>The floor for deserializing: allocating just the objects and strings a decoder returns.</summary>
        [Benchmark, BenchmarkCategory(Libraries.Deserialize)]
        public Et.C2R_Login ReturnedObjects_Deserialize() => ReturnedObjects.Copy(Message);

        protected override Et.C2R_Login CreateMessage() => SampleData.Login();

        protected override Peers.C2R_Login ToPeer(Et.C2R_Login message) => SampleData.ToPeer(message);

        protected override G.C2R_Login ToGoogle(Et.C2R_Login message) => SampleData.ToGoogle(message);

        protected override Et.C2R_Login Parse(byte[] data) => Et.C2R_Login.Parse(data);
    }
}
