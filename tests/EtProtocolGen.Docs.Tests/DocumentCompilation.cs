using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using EtProtocolGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Docs.Tests
{
    /// <summary>
    /// Compiles the C# blocks of one document together, as one project would: the runtime, the client and the server transport
    /// referenced, the SDK's implicit usings of a console app, the generator and every analyzer run. A block with statements at
    /// its top level (a snippet) becomes the body of a method whose parameters are the block's <c>given</c> variables.
    /// </summary>
    public static class DocumentCompilation
    {
        /// <summary>The namespaces `dotnet new console` imports for every file (ImplicitUsings).</summary>
        private const string ImplicitUsings =
            "global using global::System;\nglobal using global::System.Collections.Generic;\nglobal using global::System.IO;\n"
            + "global using global::System.Linq;\nglobal using global::System.Net.Http;\nglobal using global::System.Threading;\n"
            + "global using global::System.Threading.Tasks;\n";

        private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);

        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new Lazy<ImmutableArray<MetadataReference>>(() =>
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(path => !Path.GetFileName(path).StartsWith("xunit", StringComparison.OrdinalIgnoreCase))
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray());

        /// <summary>The errors (compiler, generator and analyzers) of the document's blocks, each with where it is.</summary>
        public static IReadOnlyList<string> Errors(IReadOnlyList<CodeBlock> blocks, IEnumerable<string> context)
        {
            IEnumerable<string> documentUsings = blocks
                .SelectMany(block => CSharpSyntaxTree.ParseText(block.Code, ParseOptions).GetCompilationUnitRoot().Usings)
                .Where(directive => directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None))
                .Select(directive => directive.Name!.ToString())
                .Concat(blocks.SelectMany(block => CSharpSyntaxTree.ParseText(block.Code, ParseOptions).GetCompilationUnitRoot()
                    .DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().Select(declared => declared.Name.ToString())))
                .Distinct(StringComparer.Ordinal);

            var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, path: "ImplicitUsings.cs") };
            trees.AddRange(context.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Context.cs")));
            trees.AddRange(blocks.Select(block => CSharpSyntaxTree.ParseText(SourceOf(block, documentUsings.ToArray()), ParseOptions, path: block.Where)));

            var compilation = CSharpCompilation.Create(
                "Game.Protocol",
                trees,
                References.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true)
                    .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                    {
                        ["CS1701"] = ReportDiagnostic.Suppress,
                        ["CS1702"] = ReportDiagnostic.Suppress,
                    }));

            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new MessageGenerator().AsSourceGenerator(), new EtProtocolGen.Generator.Dispatch.DispatchGenerator().AsSourceGenerator() },
                parseOptions: ParseOptions);
            driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out ImmutableArray<Diagnostic> generatorDiagnostics);

            ImmutableArray<DiagnosticAnalyzer> analyzers = typeof(EtProtocolGen.Analyzers.ProtocolAnalyzer).Assembly.GetTypes()
                .Where(type => !type.IsAbstract && type.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length > 0)
                .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
                .ToImmutableArray();
            ImmutableArray<Diagnostic> all = generated.WithAnalyzers(analyzers).GetAllDiagnosticsAsync().GetAwaiter().GetResult();

            return generatorDiagnostics.Concat(all)
                .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
                .Select(diagnostic => diagnostic.Location.GetLineSpan().Path + " (block line " + (diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1) + "): "
                    + diagnostic.Id + " " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
                .ToArray();
        }

        /// <summary>The block as a file: as written, or, for a snippet, its statements inside a method.</summary>
        private static string SourceOf(CodeBlock block, IReadOnlyList<string> documentUsings)
        {
            CompilationUnitSyntax unit = CSharpSyntaxTree.ParseText(block.Code, ParseOptions).GetCompilationUnitRoot();
            GlobalStatementSyntax[] statements = unit.Members.OfType<GlobalStatementSyntax>().ToArray();
            // Every block sees the usings of every block of its document, as a reader does.
            var source = new StringBuilder();
            foreach (string name in documentUsings)
            {
                source.Append("using ").Append(name).AppendLine(";");
            }

            if (statements.Length == 0)
            {
                if (block.Given is not null)
                {
                    throw new InvalidOperationException(block.Where + ": 'given' marks a snippet, but the block has no statements.");
                }

                // Usings first, then the block; a file-scoped namespace in the block is still first of its members.
                return source.Append(block.Code).ToString();
            }

            string body = string.Concat(statements.Select(statement => statement.ToFullString()));
            bool awaits = statements.Any(statement => statement.DescendantNodes().OfType<AwaitExpressionSyntax>().Any()
                || statement.DescendantTokens().Any(token => token.IsKind(SyntaxKind.AwaitKeyword)));
            string className = "Snippet_" + block.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            source.Append("internal static class ").AppendLine(className).AppendLine("{")
                .Append("    internal static ").Append(awaits ? "async Task" : "void").Append(" Run(").Append(block.Given ?? "").AppendLine(")")
                .AppendLine("    {")
                .AppendLine(body)
                .AppendLine("    }")
                .AppendLine("}");
            foreach (MemberDeclarationSyntax member in unit.Members.Where(member => member is not GlobalStatementSyntax))
            {
                source.AppendLine(member.ToFullString());
            }

            return source.ToString();
        }
    }
}
