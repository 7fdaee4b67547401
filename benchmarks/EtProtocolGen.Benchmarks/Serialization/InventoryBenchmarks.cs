using EtProtocolGen.Benchmarks.Messages;
using Et = EtProtocolGen.Benchmarks.Messages.Et;
using G = EtProtocolGen.Benchmarks.Messages.Google;
using Peers = EtProtocolGen.Benchmarks.Messages.Peers;

namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>An inventory of 500 items of five small fields each.</summary>
    public class InventoryBenchmarks() : PeerComparison<Et.M2C_Inventory, Peers.M2C_Inventory, G.M2C_Inventory>(
        SampleData.Inventory, SampleData.ToPeer, SampleData.ToGoogle, ReturnedObjects.Copy,
        data => Et.M2C_Inventory.Parse(data), data => G.M2C_Inventory.Parser.ParseFrom(data));
}
