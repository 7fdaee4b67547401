using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.Analyzers.Manifest;
using EtProtocolGen.CodeFixes;
using EtProtocolGen.Tool.Commands;
using EtProtocolGen.Tool.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace EtProtocolGen.Tool.Tests
{
    /// <summary>
    /// The Protocol.Unshipped.txt the ETP0201 fix writes in an editor is the file etprotocolgen reads: after the fix, the
    /// tool finds the compiled project's manifest up to date, and reads from the two files the protocol the code declares.
    /// </summary>
    public sealed class CodeFixToToolTests : IDisposable
    {
        private const string Shipped = """
            # shipped in 1.0
            assembly limits max-message-size=1048576 max-depth=64 default-max-string-length=none default-max-bytes-length=none default-max-collection-length=none
            message Game.C2M_Move opcode=10001 scope=outer kind=one-way authorization=authenticated
            message Game.C2M_Move field 1 X int32 varint range=0..100
            message Game.C2M_Move field 2 Note string len max-length=16
            message Game.C2M_Old opcode=10002 scope=outer kind=one-way authorization=authenticated
            """;

        private const string Code = """
            using EtProtocolGen;

            [assembly: ReservedOpcodes(10002)]

            namespace Game
            {
                [Message(10001), Authorize]
                public partial class C2M_Move : IMessage
                {
                    [Field(1), Range(0, 100)] public int X { get; set; }
                    [Field(2), MaxLength(32)] public string Note { get; set; } = "";
                    [Field(3)] public long Stamp { get; set; }
                }

                [Message(10003), Authorize]
                public partial class C2M_Stop : IMessage { }
            }
            """;

        private readonly string directory = Path.Combine(Path.GetTempPath(), "etprotocolgen-fix-" + Guid.NewGuid().ToString("N"));

        public CodeFixToToolTests() => Directory.CreateDirectory(directory);

        public void Dispose() => Directory.Delete(directory, recursive: true);

        [Fact]
        public async Task After_the_fix_the_tool_finds_the_manifest_up_to_date()
        {
            Project project = CreateProject();
            for (int round = 0; round < 10; round++)
            {
                // Fixed one at a time, in the code and on the manifest line of the message the code no longer declares.
                Diagnostic? diagnostic = (await AnalyzeAsync(project)).FirstOrDefault(d => d.Id == DiagnosticDescriptors.ManifestOutOfDateId);
                if (diagnostic is null)
                {
                    break;
                }

                project = await FixAsync(project, diagnostic);
            }

            TextDocument unshipped = project.AdditionalDocuments.Single(document => ManifestFile.IsUnshipped(document.FilePath!));
            Assert.Equal(Path.Combine(directory, ManifestFile.UnshippedFileName), unshipped.FilePath);
            await File.WriteAllTextAsync(unshipped.FilePath!, (await unshipped.GetTextAsync()).ToString());
            // What stays is the change the team must accept by editing Protocol.Shipped.txt (the bound of Note was raised).
            Assert.Equal(new[] { DiagnosticDescriptors.LimitRaisedId }, (await AnalyzeAsync(project)).Select(d => d.Id));

            string assembly = await EmitAsync(project);
            var output = new StringWriter();
            int exitCode = ManifestCommand.Run(Arguments.Parse(new[] { assembly, "--project", directory, "--check" }, 0, "--project"), output);

            Assert.True(exitCode == 0, output.ToString());
            Assert.Equal(
                ManifestWriter.Write(CompiledProtocol.Read(assembly).Manifest),
                ManifestWriter.Write(ManifestLoader.Declared(directory)));
        }

        private Project CreateProject()
        {
            File.WriteAllText(Path.Combine(directory, ManifestFile.ShippedFileName), Shipped + "\n");
            var workspace = new AdhocWorkspace();
            Project project = workspace.AddProject(ProjectInfo.Create(
                ProjectId.CreateNewId(),
                VersionStamp.Default,
                "Game.Protocol",
                "Game.Protocol",
                LanguageNames.CSharp,
                filePath: Path.Combine(directory, "Game.Protocol.csproj"),
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                metadataReferences: References()));
            project = project.AddDocument("Messages.cs", SourceText.From(Code), filePath: Path.Combine(directory, "Messages.cs")).Project;
            return project.AddAdditionalDocument(ManifestFile.ShippedFileName, SourceText.From(Shipped + "\n"), filePath: Path.Combine(directory, ManifestFile.ShippedFileName)).Project;
        }

        private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project)
        {
            Compilation compilation = (await project.GetCompilationAsync())!;
            ImmutableArray<AdditionalText> additional = project.AdditionalDocuments.Select(document => (AdditionalText)new DocumentText(document)).ToImmutableArray();
            return await compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ProtocolManifestAnalyzer()), new AnalyzerOptions(additional))
                .GetAnalyzerDiagnosticsAsync();
        }

        private static async Task<Project> FixAsync(Project project, Diagnostic diagnostic)
        {
            TextDocument document = diagnostic.Location.IsInSource
                ? project.GetDocument(diagnostic.Location.SourceTree)!
                : project.AdditionalDocuments.Single(candidate => candidate.FilePath == diagnostic.Location.GetLineSpan().Path);
            CodeAction? action = null;
            var context = new CodeFixContext(document, diagnostic, (registered, _) => action ??= registered, CancellationToken.None);
            await new UpdateProtocolManifestCodeFix().RegisterCodeFixesAsync(context);
            Assert.Equal(UpdateProtocolManifestCodeFix.EquivalenceKey, action!.EquivalenceKey);
            ApplyChangesOperation change = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
            return change.ChangedSolution.GetProject(project.Id)!;
        }

        private async Task<string> EmitAsync(Project project)
        {
            string path = Path.Combine(directory, "Game.Protocol.dll");
            Compilation compilation = (await project.GetCompilationAsync())!;
            Assert.True(compilation.Emit(path).Success);
            File.Copy(typeof(MessageAttribute).Assembly.Location, Path.Combine(directory, "EtProtocolGen.dll"));
            return path;
        }

        private static MetadataReference[] References() =>
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .Append(MetadataReference.CreateFromFile(typeof(MessageAttribute).Assembly.Location))
                .ToArray();

        private sealed class DocumentText : AdditionalText
        {
            private readonly TextDocument document;

            public DocumentText(TextDocument document) => this.document = document;

            public override string Path => document.FilePath!;

            public override SourceText? GetText(CancellationToken cancellationToken = default) => document.GetTextAsync(cancellationToken).Result;
        }
    }
}
