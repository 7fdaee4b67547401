using System;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace EtProtocolGen.Benchmarks.Shared
{
    /// <summary>
    /// The one entry point of every benchmark project. Plain arguments go to BenchmarkDotNet's switcher
    /// (<c>--filter</c>, <c>--job short</c>, ...). <c>--quick</c> runs every selected benchmark once, in process,
    /// so CI can check that the whole suite still runs in a few minutes; its numbers mean nothing.
    /// </summary>
    public static class BenchmarkEntryPoint
    {
        private const string QuickSwitch = "--quick";

        /// <summary>True in <c>--quick</c> runs: benchmarks with expensive parameters offer only their smallest value.</summary>
        public static bool IsQuick { get; private set; }

        public static int Run(Assembly assembly, string[] args)
        {
            bool quick = args.Contains(QuickSwitch, StringComparer.OrdinalIgnoreCase);
            IsQuick = quick;
            string[] switcherArgs = args.Where(arg => !string.Equals(arg, QuickSwitch, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (quick && !switcherArgs.Contains("--filter", StringComparer.OrdinalIgnoreCase))
            {
                // Without a filter the switcher asks on the console; CI has no one to answer.
                switcherArgs = switcherArgs.Concat(new[] { "--filter", "*" }).ToArray();
            }

            IConfig config = quick ? QuickConfig() : DefaultConfig.Instance;
            var summaries = BenchmarkSwitcher.FromAssembly(assembly).Run(switcherArgs, config).ToArray();
            if (summaries.Length == 0)
            {
                Console.Error.WriteLine("No benchmark matched the filter.");
                return 1;
            }

            // A benchmark that threw (a failed setup check or a broken serializer) fails the run, so CI notices.
            bool failed = summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success));
            return failed ? 1 : 0;
        }

        // One cold invocation per benchmark, in this process: no per-benchmark build, so the suite runs in minutes.
        // The optimization validator is off because the quick mode may run the Debug build of the referenced runtime.
        private static IConfig QuickConfig() =>
            DefaultConfig.Instance
                .AddJob(Job.Dry.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(10), logOutput: true)).WithId("Quick"))
                .WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}
