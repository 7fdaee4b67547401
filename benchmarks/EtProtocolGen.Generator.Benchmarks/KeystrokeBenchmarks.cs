using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using EtProtocolGen.Benchmarks.Shared;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Generator.Benchmarks
{
    /// <summary>
    /// The IDE case: both generators have run once; the developer types one character in a handler's method body
    /// and the driver runs again on the edited compilation. Nothing a generator reads changed, so every output should
    /// come from the cache and no file should be emitted again; setup prints the step states that show it. Roslyn still
    /// re-runs every semantic transform on the new compilation, so the baseline is the same edit under
    /// <see cref="AttributeReadingFloorGenerator"/>, the least a generator that reads field attributes can cost.
    /// </summary>
    [MemoryDiagnoser]
    public class KeystrokeBenchmarks
    {
        private static readonly HashSet<int> s_stepsReported = new HashSet<int>();
        private readonly SyntaxTree[] _edits = { SyntheticProject.EditedFirstHandler(1), SyntheticProject.EditedFirstHandler(2) };
        private Compilation _compilation = null!;
        private GeneratorDriver _driver = null!;
        private SyntaxTree _current = null!;
        private int _next;
        private GeneratorDriver _floorDriver = null!;

        [ParamsSource(nameof(MessageCounts))]
        public int Messages { get; set; }

        /// <summary>100, 1,000 and 5,000 messages; the quick mode checks the same path on 100 only.</summary>
        public static int[] MessageCounts => BenchmarkEntryPoint.IsQuick ? new[] { 100 } : new[] { 100, 1_000, 5_000 };

        [GlobalSetup]
        public void Setup()
        {
            SyntheticProject project = SyntheticProject.Create(Messages);
            _compilation = project.Compilation;
            _current = project.FirstHandler;
            _driver = Generators.CreateDriver().RunGenerators(_compilation);
            _floorDriver = Generators.CreateFloorDriver().RunGenerators(_compilation);
            if (s_stepsReported.Add(Messages))
            {
                // Once per size and process: the in-process quick mode runs this setup for each benchmark.
                ReportStepsOfOneEdit(project);
            }
        }

        [Benchmark]
        public GeneratorDriver TypeInHandlerBody()
        {
            _driver = _driver.RunGenerators(NextEdit());
            return _driver;
        }

        [Benchmark(Baseline = true)]
        public GeneratorDriver TypeInHandlerBody_FloorGenerator()
        {
            _floorDriver = _floorDriver.RunGenerators(NextEdit());
            return _floorDriver;
        }

        private Compilation NextEdit()
        {
            SyntaxTree edited = _edits[_next];
            _next ^= 1;
            _compilation = _compilation.ReplaceSyntaxTree(_current, edited);
            _current = edited;
            return _compilation;
        }

        // The same edit with step tracking on (tracking costs time, so the timed driver runs without it).
        private static void ReportStepsOfOneEdit(SyntheticProject project)
        {
            GeneratorDriver tracked = Generators.CreateDriver(trackSteps: true).RunGenerators(project.Compilation);
            Compilation edited = project.Compilation.ReplaceSyntaxTree(project.FirstHandler, SyntheticProject.EditedFirstHandler(1));
            GeneratorDriverRunResult result = tracked.RunGenerators(edited).GetRunResult();

            var reasons = result.Results
                .SelectMany(generator => generator.TrackedOutputSteps.Values)
                .SelectMany(steps => steps)
                .SelectMany(step => step.Outputs)
                .GroupBy(output => output.Reason)
                .OrderBy(group => group.Key)
                .Select(group => group.Key + "=" + group.Count());
            Console.WriteLine("// Keystroke in a handler body, " + project.Compilation.SyntaxTrees.Count() + " files: generator output steps " + string.Join(", ", reasons));
        }
    }
}
