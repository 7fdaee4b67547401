using EtProtocolGen.Benchmarks.Shared;

namespace EtProtocolGen.Generator.Benchmarks
{
    public static class Program
    {
        public static int Main(string[] args) => BenchmarkEntryPoint.Run(typeof(Program).Assembly, args);
    }
}
