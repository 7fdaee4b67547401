using EtProtocolGen.Benchmarks.Shared;

namespace EtProtocolGen.Benchmarks
{
    public static class Program
    {
        public static int Main(string[] args) => BenchmarkEntryPoint.Run(typeof(Program).Assembly, args);
    }
}
