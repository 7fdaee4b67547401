using System;
using BenchmarkDotNet.Attributes;
using EtProtocolGen.Benchmarks.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Generator.Benchmarks
{
    /// <summary>
    /// A full (cold) run of both generators, as in a command-line build: a fresh compilation of the already parsed
    /// project (so the symbols the generators ask for are bound anew) and a fresh driver. Cost should grow linearly
    /// with the number of messages.
    /// </summary>
    [MemoryDiagnoser]
    public class ColdGenerationBenchmarks
    {
        private CSharpCompilation _compilation = null!;

        [ParamsSource(nameof(MessageCounts))]
        public int Messages { get; set; }

        /// <summary>100, 1,000 and 5,000 messages; the quick mode checks the same path on 100 only.</summary>
        public static int[] MessageCounts => BenchmarkEntryPoint.IsQuick ? new[] { 100 } : new[] { 100, 1_000, 5_000 };

        [GlobalSetup]
        public void Setup()
        {
            _compilation = SyntheticProject.Create(Messages).Compilation;

            // What the numbers rely on: one file per message plus the registry and the dispatcher came out.
            int generated = Generate().GeneratedTrees.Length;
            if (generated < Messages + 2)
            {
                throw new InvalidOperationException("Expected at least " + (Messages + 2) + " generated files, got " + generated + ".");
            }
        }

        [Benchmark]
        public GeneratorDriverRunResult Generate() => Generators.CreateDriver().RunGenerators(_compilation.Clone()).GetRunResult();
    }
}
