using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using EtProtocolGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EtProtocolGen.Generator.Tests.Infrastructure;

/// <summary>Runs <see cref="MessageGenerator"/> over in-memory sources, the way the compiler does.</summary>
internal static class GeneratorHarness
{
    /// <summary>Generated code must compile for Unity, whose C# is version 9.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp9);

    private static readonly Lazy<ImmutableArray<MetadataReference>> NetReferences = new(LoadNetReferences);

    /// <summary>References of the running runtime plus the EtProtocolGen runtime assembly.</summary>
    public static ImmutableArray<MetadataReference> References => NetReferences.Value;

    /// <summary>User code may use newer C# than the generated code (file-scoped namespaces, record structs).</summary>
    public static readonly CSharpParseOptions UserParseOptions = new(LanguageVersion.CSharp10);

    public static CSharpCompilation CreateCompilation(
        IEnumerable<string> sources,
        IEnumerable<MetadataReference>? references = null,
        CSharpParseOptions? parseOptions = null,
        string assemblyName = "Protocol") =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions ?? ParseOptions, path: "Source" + index + ".cs")),
            references ?? References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true)
                // As the SDK does: assembly-version unification between the runtime's references is not a problem.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }));

    /// <summary>A driver that parses generated files like the user's files (the compiler does the same).</summary>
    public static CSharpGeneratorDriver CreateDriver(CSharpParseOptions? parseOptions = null, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new MessageGenerator().AsSourceGenerator() },
            parseOptions: parseOptions ?? ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator once; returns the compilation with the generated files and the run result.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result) Run(CSharpCompilation compilation)
    {
        var parseOptions = (CSharpParseOptions?)compilation.SyntaxTrees.FirstOrDefault()?.Options;
        GeneratorDriver driver = CreateDriver(parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        Assert.Empty(diagnostics);
        return (output, driver.GetRunResult());
    }

    public static (Compilation Output, GeneratorDriverRunResult Result) Run(params string[] sources) => Run(CreateCompilation(sources));

    /// <summary>
    /// Runs the serializer and the dispatch generator together, as the package does; the serializer's results come
    /// first in the run result. Generator diagnostics are not asserted: the generators report none.
    /// </summary>
    public static (Compilation Output, GeneratorDriverRunResult Result) RunWithDispatch(CSharpCompilation compilation)
    {
        var parseOptions = (CSharpParseOptions?)compilation.SyntaxTrees.FirstOrDefault()?.Options;
        GeneratorDriver driver = CreateDriverWithDispatch(parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return (output, driver.GetRunResult());
    }

    /// <summary>A driver of both generators, serializer first, as the package runs them.</summary>
    public static CSharpGeneratorDriver CreateDriverWithDispatch(CSharpParseOptions? parseOptions = null, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new MessageGenerator().AsSourceGenerator(), new EtProtocolGen.Generator.Dispatch.DispatchGenerator().AsSourceGenerator() },
            parseOptions: parseOptions ?? ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>
    /// Runs both generators over C# sources and .proto files, as a project with &lt;EtProtocol&gt; items builds; generated
    /// files are parsed with the user's language version, as the compiler does.
    /// </summary>
    public static (Compilation Output, GeneratorDriverRunResult Result) RunWithProto(CSharpCompilation compilation, params ProtoFile[] protos)
    {
        var parseOptions = (CSharpParseOptions?)compilation.SyntaxTrees.FirstOrDefault()?.Options;
        GeneratorDriver driver = CreateDriverWithDispatch(parseOptions).AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(protos));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return (output, driver.GetRunResult());
    }

    /// <summary>Errors and warnings in the generated files only.</summary>
    public static IReadOnlyList<Diagnostic> GeneratedCodeDiagnostics(Compilation output, GeneratorDriverRunResult result)
    {
        var generatedTrees = result.GeneratedTrees.ToHashSet();
        return output.GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning
                && diagnostic.Location.SourceTree is { } tree && generatedTrees.Contains(tree))
            .ToList();
    }

    /// <summary>Every error and warning of the compilation, user sources included.</summary>
    public static IReadOnlyList<Diagnostic> AllDiagnostics(Compilation output) =>
        output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();

    public static string Format(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics.Select(diagnostic => diagnostic.ToString()));

    private static ImmutableArray<MetadataReference> LoadNetReferences()
    {
        string trustedAssemblies = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trustedAssemblies.Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(MessageAttribute).Assembly.Location))
            .ToImmutableArray();
    }
}
