using EtProtocolGen.Benchmarks.Messages;
using Et = EtProtocolGen.Benchmarks.Messages.Et;
using G = EtProtocolGen.Benchmarks.Messages.Google;
using Peers = EtProtocolGen.Benchmarks.Messages.Peers;

namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>A create-units broadcast: 10 units, each with two nested positions and a 5-entry int->long map.</summary>
    public class CreateUnitsBenchmarks() : PeerComparison<Et.M2C_CreateUnits, Peers.M2C_CreateUnits, G.M2C_CreateUnits>(
        SampleData.CreateUnits, SampleData.ToPeer, SampleData.ToGoogle, ReturnedObjects.Copy,
        data => Et.M2C_CreateUnits.Parse(data), data => G.M2C_CreateUnits.Parser.ParseFrom(data));
}
