using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using EtProtocolGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace EtProtocolGen.Generator.Tests;

/// <summary>
/// Both generators, in one driver as the package runs them and kept across edits as an IDE keeps it, over thousands of
/// keystroke-like edits of the repository's real protocols (<see cref="RepositoryProtocols"/>), C# files and .proto files
/// (additional files, as the package's &lt;EtProtocol&gt; items are): after every keystroke no
/// generator threw (CS8784/CS8785 would drop every generated file) and no generated file holds a compiler error, whatever
/// the user's code looks like at that moment. The edits are seeded; a failure names the seed, the step, the edit and the file.
/// </summary>
/// <remarks>
/// Binding the bodies of every generated file costs most of the run, so after a keystroke the test checks the declarations of
/// every generated file and the bodies of those whose text changed, and checks everything when an action (a word typed, a
/// paste) is complete. Set <c>ETP_RANDOM_EDITS</c> (keystrokes per protocol) and <c>ETP_RANDOM_EDIT_SEED</c> for a longer
/// exploration run, which checks everything after every keystroke.
/// </remarks>
public sealed class RandomEditRobustnessTests
{
    private const int DefaultKeystrokesPerProtocol = 350;
    private const int DefaultSeed = 20240613;

    private readonly ITestOutputHelper _output;

    public RandomEditRobustnessTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> Protocols() => RepositoryProtocols.All.Select(project => new object[] { project.Name });

    [Theory]
    [MemberData(nameof(Protocols))]
    public void The_unedited_protocol_generates_code_without_errors(string protocol)
    {
        RepositoryProtocols.ProtocolProject project = RepositoryProtocols.All.Single(candidate => candidate.Name == protocol);
        var editor = new KeystrokeEditor(new Random(0), project.Files, project.Language);
        var run = new EditRun(project, editor);

        Assert.True(run.Failure is null, run.Failure);
        Assert.NotEmpty(run.GeneratedHintNames);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public void No_keystroke_makes_a_generator_throw_or_a_generated_file_fail_to_compile(string protocol)
    {
        int keystrokes = ReadSetting("ETP_RANDOM_EDITS", DefaultKeystrokesPerProtocol);
        bool checkEverything = Environment.GetEnvironmentVariable("ETP_RANDOM_EDITS") is not null;
        int seed = ReadSetting("ETP_RANDOM_EDIT_SEED", DefaultSeed) ^ StableHash(protocol);
        _output.WriteLine($"{protocol}: {keystrokes} keystrokes, seed {seed} (ETP_RANDOM_EDIT_SEED={ReadSetting("ETP_RANDOM_EDIT_SEED", DefaultSeed)})");

        RepositoryProtocols.ProtocolProject project = RepositoryProtocols.All.Single(candidate => candidate.Name == protocol);
        var editor = new KeystrokeEditor(new Random(seed), project.Files, project.Language);
        var run = new EditRun(project, editor);
        Assert.True(run.Failure is null, "The unedited protocol already fails: " + run.Failure);

        var clock = Stopwatch.StartNew();
        for (int step = 1; step <= keystrokes; step++)
        {
            string[] before = editor.Current.ToArray();
            int file = editor.Next();
            run.Apply(file, checkEverything || editor.ActionComplete);
            if (run.Failure is not null)
            {
                Assert.Fail($"""
                    Seed {seed} ({protocol}), keystroke {step}: {editor.Describe(file)}
                    {run.Failure}
                    The edited file around the keystroke:
                    {Around(before[file], editor.Current[file])}
                    """);
            }
        }

        _output.WriteLine($"{keystrokes} keystrokes in {clock.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>The lines of <paramref name="after"/> around the first character that differs from <paramref name="before"/>.</summary>
    private static string Around(string before, string after)
    {
        int changed = 0;
        while (changed < before.Length && changed < after.Length && before[changed] == after[changed])
        {
            changed++;
        }

        TextLineCollection lines = SourceText.From(after).Lines;
        int line = lines.GetLineFromPosition(Math.Min(changed, after.Length)).LineNumber;
        var text = new StringBuilder();
        for (int i = Math.Max(0, line - 8); i < Math.Min(lines.Count, line + 9); i++)
        {
            text.Append(i == line ? ">> " : "   ").Append(i + 1).Append(": ").AppendLine(lines[i].ToString());
        }

        return text.ToString();
    }

    private static int ReadSetting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : fallback;

    private static int StableHash(string text)
    {
        int hash = 17;
        foreach (char c in text)
        {
            hash = unchecked(hash * 31 + c);
        }

        return hash & 0x7fffffff;
    }

    /// <summary>
    /// One project in one driver: each edit replaces a file (a syntax tree, or a .proto additional file) and runs both
    /// generators incrementally.
    /// </summary>
    private sealed class EditRun
    {
        // Far above a keystroke's few milliseconds, even on a loaded 2-core machine checking every generated file.
        private static readonly TimeSpan KeystrokeBound = TimeSpan.FromSeconds(60);

        private readonly KeystrokeEditor _editor;
        private readonly SyntaxTree[] _trees;
        private readonly ProtoFile[] _protos;
        private CSharpCompilation _compilation;
        private GeneratorDriver _driver;
        private Dictionary<string, string> _generatedTexts = new(StringComparer.Ordinal);

        public EditRun(RepositoryProtocols.ProtocolProject project, KeystrokeEditor editor)
        {
            _editor = editor;
            var parseOptions = new CSharpParseOptions(project.LanguageVersion);
            bool editsProto = project.Language == EditedLanguage.Proto;
            _trees = editsProto
                ? Array.Empty<SyntaxTree>()
                : editor.Current.Select((text, index) => CSharpSyntaxTree.ParseText(text, parseOptions, editor.Paths[index])).ToArray();
            _protos = editsProto ? editor.Current.Select((text, index) => new ProtoFile("/repo/" + editor.Paths[index], text)).ToArray() : Array.Empty<ProtoFile>();
            IEnumerable<SyntaxTree> context = project.Context.Select(file => CSharpSyntaxTree.ParseText(file.Text, parseOptions, file.Path));
            _compilation = CSharpCompilation.Create(
                "Protocol." + project.Name,
                _trees.Concat(context),
                GeneratorHarness.References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            _driver = GeneratorHarness.CreateDriverWithDispatch(parseOptions).AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(_protos));
            Run();
        }

        public string? Failure { get; private set; }

        public IReadOnlyList<string> GeneratedHintNames { get; private set; } = Array.Empty<string>();

        public void Apply(int file, bool checkEverything)
        {
            if (_protos.Length > 0)
            {
                var edited = new ProtoFile(_protos[file].Path, _editor.Current[file]);
                _driver = _driver.ReplaceAdditionalText(_protos[file], edited);
                _protos[file] = edited;
            }
            else
            {
                SyntaxTree edited = _trees[file].WithChangedText(SourceText.From(_editor.Current[file]));
                _compilation = _compilation.ReplaceSyntaxTree(_trees[file], edited);
                _trees[file] = edited;
            }

            // A generator that never returns (a parser that stops moving) hangs the IDE's build: name the keystroke instead.
            Task run = Task.Run(() => Run(checkEverything));
            if (!run.Wait(KeystrokeBound))
            {
                Failure = "The generators did not finish within " + KeystrokeBound + " after this keystroke.";
            }
        }

        private void Run(bool checkEverything = true)
        {
            _driver = _driver.RunGeneratorsAndUpdateCompilation(_compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            GeneratorDriverRunResult result = _driver.GetRunResult();
            GeneratedHintNames = result.Results.SelectMany(run => run.GeneratedSources).Select(source => source.HintName).ToArray();

            var problems = new StringBuilder();
            foreach (GeneratorRunResult run in result.Results.Where(run => run.Exception is not null))
            {
                problems.AppendLine(run.Generator.GetGeneratorType().Name + " threw: " + run.Exception);
            }

            foreach (Diagnostic diagnostic in generatorDiagnostics)
            {
                problems.AppendLine("Generator diagnostic: " + diagnostic);
            }

            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (GeneratedSourceResult source in result.Results.SelectMany(run => run.GeneratedSources))
            {
                string text = source.SourceText.ToString();
                texts[source.SyntaxTree.FilePath] = text;
                SemanticModel model = output.GetSemanticModel(source.SyntaxTree);
                bool changed = !_generatedTexts.TryGetValue(source.SyntaxTree.FilePath, out string? previous) || previous != text;
                IEnumerable<Diagnostic> diagnostics = checkEverything || changed ? model.GetDiagnostics() : model.GetDeclarationDiagnostics();
                foreach (Diagnostic error in diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
                {
                    problems.AppendLine("Error in generated code: " + error + Environment.NewLine + "    " + source.SourceText.Lines.GetLineFromPosition(error.Location.SourceSpan.Start).ToString().Trim());
                }
            }

            _generatedTexts = texts;
            Failure = problems.Length == 0 ? null : problems.ToString();
        }
    }
}
