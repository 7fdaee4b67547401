using EtProtocolGen.Benchmarks.Messages;
using Et = EtProtocolGen.Benchmarks.Messages.Et;
using G = EtProtocolGen.Benchmarks.Messages.Google;
using Peers = EtProtocolGen.Benchmarks.Messages.Peers;

namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>A pathfinding result: an id, a start position and 20 points.</summary>
    public class PathfindingBenchmarks() : PeerComparison<Et.M2C_PathfindingResult, Peers.M2C_PathfindingResult, G.M2C_PathfindingResult>(
        SampleData.Pathfinding, SampleData.ToPeer, SampleData.ToGoogle, ReturnedObjects.Copy,
        data => Et.M2C_PathfindingResult.Parse(data), data => G.M2C_PathfindingResult.Parser.ParseFrom(data));
}
