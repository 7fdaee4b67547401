using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace EtProtocolGen.CodeSize
{
    /// <summary>
    /// Compiles the synthetic protocol with one library's source generators, optimized, against the build Unity uses
    /// (EtProtocolGen: C# 9; MemoryPack: its netstandard2.1 build, without NET7_0_OR_GREATER, at C# 11, because a
    /// current compiler refuses its C# 9 output against that build's <c>scoped</c> parameters with CS8987; the
    /// language version changes no IL). The assembly and its portable PDB stay in memory; the PDB tells which methods
    /// the generators wrote (their sequence points lie in generated files).
    /// </summary>
    public static class ProtocolCompiler
    {
        public static CompiledProtocol Compile(Flavor flavor, int messageCount)
        {
            var parseOptions = new CSharpParseOptions(flavor == Flavor.EtProtocolGen ? LanguageVersion.CSharp9 : LanguageVersion.CSharp11);
            SyntaxTree protocol = CSharpSyntaxTree.ParseText(
                SyntheticProtocol.Source(flavor, messageCount), parseOptions, "Protocol.cs", Encoding.UTF8);
            CSharpCompilation compilation = CSharpCompilation.Create(
                "Game.Protocol." + flavor,
                new[] { protocol },
                References(flavor),
                new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    optimizationLevel: OptimizationLevel.Release,
                    nullableContextOptions: NullableContextOptions.Enable,
                    allowUnsafe: true,
                    deterministic: true)
                    .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                    {
                        // As the SDK does: version unification between the runtime's own references is expected.
                        ["CS1701"] = ReportDiagnostic.Suppress,
                        ["CS1702"] = ReportDiagnostic.Suppress,
                    }));

            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                Generators(flavor).Select(GeneratorExtensions.AsSourceGenerator),
                parseOptions: parseOptions);
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out ImmutableArray<Diagnostic> generatorDiagnostics);
            GeneratorDriverRunResult run = driver.GetRunResult();

            var generatorOfFile = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (GeneratorRunResult result in run.Results)
            {
                if (result.Exception != null)
                {
                    throw new InvalidOperationException(result.Generator.GetGeneratorType().Name + " threw: " + result.Exception.Message);
                }

                foreach (GeneratedSourceResult source in result.GeneratedSources)
                {
                    generatorOfFile[source.SyntaxTree.FilePath] = result.Generator.GetGeneratorType().Name;
                }
            }

            using var pe = new MemoryStream();
            using var pdb = new MemoryStream();
            EmitResult emitted = generated.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
            Diagnostic[] errors = generatorDiagnostics.Concat(emitted.Diagnostics)
                .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
                .ToArray();
            if (!emitted.Success || errors.Length > 0)
            {
                throw new InvalidOperationException(
                    flavor + " protocol does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Take(20)));
            }

            if (generatorOfFile.Count == 0)
            {
                throw new InvalidOperationException(flavor + ": the generators wrote nothing.");
            }

            return new CompiledProtocol(flavor, messageCount, pe.ToArray(), pdb.ToArray(), generatorOfFile);
        }

        private static IEnumerable<IIncrementalGenerator> Generators(Flavor flavor)
        {
            // Every incremental C# generator each library ships in its generator assembly.
            Assembly assembly = flavor == Flavor.EtProtocolGen
                ? typeof(EtProtocolGen.Generator.MessageGenerator).Assembly
                : Assembly.Load(new AssemblyName("MemoryPack.Generator"));
            return assembly.GetTypes()
                .Where(type => !type.IsAbstract
                    && typeof(IIncrementalGenerator).IsAssignableFrom(type)
                    && type.GetCustomAttribute<GeneratorAttribute>() is { } attribute
                    && attribute.Languages.Contains(LanguageNames.CSharp))
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .Select(type => (IIncrementalGenerator)Activator.CreateInstance(type)!)
                .ToArray();
        }

        private static IEnumerable<MetadataReference> References(Flavor flavor)
        {
            // The running runtime's assemblies stand in for the reference pack (netstandard.dll among them).
            string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            IEnumerable<string> paths = trusted.Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                    || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll");
            string library = flavor == Flavor.EtProtocolGen
                ? typeof(MessageAttribute).Assembly.Location
                : Path.Combine(AppContext.BaseDirectory, "unity", "MemoryPack.Core.dll");
            return paths.Append(library)
                .Distinct(StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToArray();
        }
    }
}
