using EtProtocolGen.Generator.Dispatch;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Generator.Benchmarks
{
    /// <summary>The driver the compiler and IDE build: both EtProtocolGen generators, generated files parsed at C# 9.</summary>
    public static class Generators
    {
        public static GeneratorDriver CreateDriver(bool trackSteps = false) =>
            Create(trackSteps, new MessageGenerator().AsSourceGenerator(), new DispatchGenerator().AsSourceGenerator());

        /// <summary>A driver of <see cref="AttributeReadingFloorGenerator"/> alone: the baseline of the keystroke benchmark.</summary>
        public static GeneratorDriver CreateFloorDriver() => Create(trackSteps: false, new AttributeReadingFloorGenerator().AsSourceGenerator());

        private static GeneratorDriver Create(bool trackSteps, params ISourceGenerator[] generators) =>
            CSharpGeneratorDriver.Create(
                generators,
                parseOptions: SyntheticProject.ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }
}
