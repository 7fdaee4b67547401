using EtProtocolGen.Benchmarks.Messages;
using Et = EtProtocolGen.Benchmarks.Messages.Et;
using G = EtProtocolGen.Benchmarks.Messages.Google;
using Peers = EtProtocolGen.Benchmarks.Messages.Peers;

namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>A chat message: a channel id and 200 CJK characters (600 UTF-8 bytes).</summary>
    public class ChatBenchmarks() : PeerComparison<Et.C2M_Chat, Peers.C2M_Chat, G.C2M_Chat>(
        SampleData.Chat, SampleData.ToPeer, SampleData.ToGoogle, ReturnedObjects.Copy,
        data => Et.C2M_Chat.Parse(data), data => G.C2M_Chat.Parser.ParseFrom(data));
}
