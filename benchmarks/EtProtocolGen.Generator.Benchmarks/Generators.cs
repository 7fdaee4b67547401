using EtProtocolGen.Generator.Dispatch;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Generator.Benchmarks
{
    /// <summary>The driver the compiler and IDE build: both EtProtocolGen generators, generated files parsed at C# 9.</summary>
    public static class Generators
    {
        public static GeneratorDriver CreateDriver(bool trackSteps = false) =>
            CSharpGeneratorDriver.Create(
                new[] { new MessageGenerator().AsSourceGenerator(), new DispatchGenerator().AsSourceGenerator() },
                parseOptions: SyntheticProject.ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }
}
