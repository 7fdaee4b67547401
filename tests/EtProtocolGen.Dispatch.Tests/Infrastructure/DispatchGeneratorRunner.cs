using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using EtProtocolGen.Generator;
using EtProtocolGen.Generator.Dispatch;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Dispatch.Tests.Infrastructure
{
    /// <summary>Runs the generators in-process over source files of this project, the way the compiler does for a consumer.</summary>
    public static class DispatchGeneratorRunner
    {
        /// <summary>Generated code must compile for Unity, whose C# is version 9.</summary>
        private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp9);

        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new Lazy<ImmutableArray<MetadataReference>>(LoadReferences);

        public static string ProjectDirectory { get; } = typeof(DispatchGeneratorRunner).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(static attribute => attribute.Key == "ProjectDirectory").Value!;

        /// <summary>The files of <paramref name="relativeDirectory"/> (under this project) matching <paramref name="pattern"/>, as one compilation.</summary>
        public static CSharpCompilation CreateCompilation(string assemblyName, string relativeDirectory, string pattern)
        {
            string directory = Path.Combine(ProjectDirectory, relativeDirectory);
            IEnumerable<SyntaxTree> trees = Directory.GetFiles(directory, pattern)
                .OrderBy(static path => path, StringComparer.Ordinal)
                .Select(static path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), ParseOptions, path: Path.GetFileName(path)));
            return CSharpCompilation.Create(
                assemblyName,
                trees,
                LazyReferences.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                    .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                    {
                        ["CS1701"] = ReportDiagnostic.Suppress,
                        ["CS1702"] = ReportDiagnostic.Suppress,
                    }));
        }

        /// <summary>The dispatch generator's output alone (what the snapshots hold).</summary>
        public static GeneratorDriverRunResult RunDispatchGenerator(CSharpCompilation compilation) =>
            CSharpGeneratorDriver.Create(new[] { new DispatchGenerator().AsSourceGenerator() }, parseOptions: ParseOptions)
                .RunGenerators(compilation)
                .GetRunResult();

        /// <summary>Errors and warnings of the compilation once both generators ran: generated code must compile cleanly.</summary>
        public static IReadOnlyList<Diagnostic> CompileWithBothGenerators(CSharpCompilation compilation)
        {
            CSharpGeneratorDriver.Create(new[] { new MessageGenerator().AsSourceGenerator(), new DispatchGenerator().AsSourceGenerator() }, parseOptions: ParseOptions)
                .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            return generatorDiagnostics.Concat(output.GetDiagnostics())
                .Where(static diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
                .ToList();
        }

        private static ImmutableArray<MetadataReference> LoadReferences()
        {
            string trustedAssemblies = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            return trustedAssemblies.Split(Path.PathSeparator)
                .Where(static path => Path.GetFileName(path) is { } name
                    && (name.StartsWith("System.", StringComparison.Ordinal)
                        || name is "netstandard.dll" or "mscorlib.dll" or "Microsoft.Extensions.DependencyInjection.Abstractions.dll"))
                .Append(typeof(MessageAttribute).Assembly.Location)
                .Distinct(StringComparer.Ordinal)
                .Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }
    }
}
