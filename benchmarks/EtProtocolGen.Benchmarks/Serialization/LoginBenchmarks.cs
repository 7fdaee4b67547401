using EtProtocolGen.Benchmarks.Messages;
using Et = EtProtocolGen.Benchmarks.Messages.Et;
using G = EtProtocolGen.Benchmarks.Messages.Google;
using Peers = EtProtocolGen.Benchmarks.Messages.Peers;

namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>A login request: an RpcId and two short ASCII strings.</summary>
    public class LoginBenchmarks() : PeerComparison<Et.C2R_Login, Peers.C2R_Login, G.C2R_Login>(
        SampleData.Login, SampleData.ToPeer, SampleData.ToGoogle, ReturnedObjects.Copy,
        data => Et.C2R_Login.Parse(data), data => G.C2R_Login.Parser.ParseFrom(data));
}
