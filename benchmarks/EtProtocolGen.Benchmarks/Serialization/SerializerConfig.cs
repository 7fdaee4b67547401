using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace EtProtocolGen.Benchmarks.Serialization
{
    /// <summary>
    /// Allocations (MemoryDiagnoser) and encoded sizes next to the times; serialize and deserialize are grouped
    /// apart, each with MemoryPack as the baseline, so "Ratio" of EtProtocolGen reads as "time relative to MemoryPack".
    /// </summary>
    public sealed class SerializerConfig : ManualConfig
    {
        public SerializerConfig()
        {
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(new EncodedBytesColumn());
            AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
            WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        }
    }
}
