using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using EtProtocolGen.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace EtProtocolGen.Analyzers.Tests
{
    /// <summary>
    /// ETP0201 (the protocol differs from its manifest) with the fix that updates Protocol.Unshipped.txt, one entity or all at
    /// once, and ETP0202 (a manifest line that cannot be read). Without manifest files nothing is checked.
    /// </summary>
    public class ProtocolManifestAnalyzerTests
    {
        private const string Move = """
            using EtProtocolGen;

            [Message(10001), Authorize]
            public partial class C2M_Move : IMessage
            {
                [Field(1), Range(0, 100)] public int X { get; set; }
                [Field(2), MaxLength(16)] public string Note { get; set; } = "";
            }
            """;

        private const string Limits = "assembly limits max-message-size=1048576 max-depth=64 default-max-string-length=none default-max-bytes-length=none default-max-collection-length=none";
        private const string Header = "message C2M_Move opcode=10001 scope=outer kind=one-way authorization=authenticated";
        private const string FieldX = "message C2M_Move field 1 X int32 varint range=0..100";
        private const string FieldNote = "message C2M_Move field 2 Note string len max-length=16";

        [Fact]
        public Task A_project_without_manifest_files_is_not_checked() =>
            new ProtocolTest<ProtocolManifestAnalyzer, UpdateProtocolManifestCodeFix> { TestCode = Move }.RunAsync();

        [Fact]
        public Task A_manifest_that_matches_the_code_reports_nothing() =>
            Run(Move, shipped: Lines(Limits, Header, FieldX, FieldNote), unshipped: null);

        [Fact]
        public Task A_new_message_is_added_to_a_new_Unshipped_file_with_the_assembly_line() =>
            Fix(
                Move.Replace("class C2M_Move", "class {|ETP0201:{|ETP0201:C2M_Move|}|}"),
                shipped: "",
                unshipped: null,
                fixedUnshipped: "# Protocol changes since the last release; *REMOVED* takes back a line of Protocol.Shipped.txt. Written by the ETP0201 fix and etprotocolgen (docs/review.md).\n" + Lines(Limits, Header, FieldX, FieldNote),
                iterations: 2);

        [Fact]
        public Task A_changed_field_is_recorded_as_a_removed_shipped_line_and_its_new_line() =>
            Fix(
                Move.Replace("MaxLength(16)", "MaxLength(8)").Replace("class C2M_Move", "class {|ETP0201:C2M_Move|}"),
                shipped: Lines(Limits, Header, FieldX, FieldNote),
                unshipped: "# kept: the team's own header\n",
                fixedUnshipped: "# kept: the team's own header\n" + Lines("*REMOVED*" + FieldNote, FieldNote.Replace("16", "8")));

        [Fact]
        public Task Reverting_a_change_removes_its_Unshipped_lines() =>
            Fix(
                Move.Replace("class C2M_Move", "class {|ETP0201:C2M_Move|}"),
                shipped: Lines(Limits, Header, FieldX, FieldNote),
                unshipped: Lines("*REMOVED*" + FieldNote, FieldNote.Replace("16", "8")),
                fixedUnshipped: "");

        [Fact]
        public Task The_fix_keeps_the_files_line_endings() =>
            Fix(
                Move.Replace("MaxLength(16)", "MaxLength(8)").Replace("class C2M_Move", "class {|ETP0201:C2M_Move|}"),
                shipped: Lines(Limits, Header, FieldX, FieldNote).Replace("\n", "\r\n"),
                unshipped: "# header\r\n",
                fixedUnshipped: "# header\r\n" + Lines("*REMOVED*" + FieldNote, FieldNote.Replace("16", "8")).Replace("\n", "\r\n"));

        [Fact]
        public Task A_message_gone_from_the_code_is_reported_at_its_shipped_line_and_taken_back_by_Fix_All()
        {
            const string Stop = "message C2M_Stop opcode=10002 scope=outer kind=one-way authorization=authenticated";
            const string NewHeader = "# Protocol changes since the last release; *REMOVED* takes back a line of Protocol.Shipped.txt. Written by the ETP0201 fix and etprotocolgen (docs/review.md).\n";
            string shipped = Lines(Limits, Header, FieldX, FieldNote);
            var test = new ProtocolTest<ProtocolManifestAnalyzer, UpdateProtocolManifestCodeFix>
            {
                TestCode = "using EtProtocolGen;\n\n[Message(10002), Authorize]\npublic partial class {|ETP0201:C2M_Stop|} : IMessage { }\n",
                CodeActionEquivalenceKey = UpdateProtocolManifestCodeFix.EquivalenceKey,
                NumberOfFixAllIterations = 1,
            };
            test.TestState.AdditionalFiles.Add((ManifestScenario.ShippedPath, Lines(Limits, "{|ETP0201:" + Header + "|}", FieldX, FieldNote)));

            // One fix at a time reaches the diagnostic in the code; the one on the manifest line is fixed where an IDE
            // fixes additional documents, and by Fix All in the project or solution (in a document, Fix All fixes what that
            // document declares).
            test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllInDocumentCheck;
            test.FixedState.Sources.Add("using EtProtocolGen;\n\n[Message(10002), Authorize]\npublic partial class C2M_Stop : IMessage { }\n");
            test.FixedState.AdditionalFiles.Add((ManifestScenario.ShippedPath, shipped));
            test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.ManifestOutOfDate).WithSpan(ManifestScenario.ShippedPath, 2, 1, 2, 1 + Header.Length).WithArguments("Message 'C2M_Move', which the code no longer declares,"));
            test.FixedState.AdditionalFiles.Add((ManifestScenario.UnshippedPath, NewHeader + Lines(Stop)));
            test.BatchFixedState.Sources.Add("using EtProtocolGen;\n\n[Message(10002), Authorize]\npublic partial class C2M_Stop : IMessage { }\n");
            test.BatchFixedState.AdditionalFiles.Add((ManifestScenario.ShippedPath, shipped));
            test.BatchFixedState.AdditionalFiles.Add((ManifestScenario.UnshippedPath, NewHeader + Lines("*REMOVED*" + Header, "*REMOVED*" + FieldX, "*REMOVED*" + FieldNote, Stop)));
            test.DisabledDiagnostics.Add("ETP0212");
            return test.RunAsync();
        }

        [Fact]
        public Task An_unreadable_line_is_reported_where_it_is_and_its_entity_as_out_of_date() =>
            Run(Move.Replace("class C2M_Move", "class {|ETP0201:C2M_Move|}"), shipped: Lines(Limits, Header, FieldX, FieldNote) + "{|ETP0202:message C2M_Move field 3 Speed int32 i64|}\n", unshipped: null);

        [Fact]
        public Task Fix_All_writes_each_projects_Unshipped_file_once()
        {
            static string Message(string name, int opcode, bool marked) =>
                "using EtProtocolGen;\n\n[Message(" + opcode + "), Authorize]\npublic partial class " + (marked ? "{|ETP0201:" + name + "|}" : name) + " : IMessage { }\n";
            static string Line(string name, int opcode) => "message " + name + " opcode=" + opcode + " scope=outer direction=both kind=one-way authorization=authenticated";

            var test = new ProtocolTest<ProtocolManifestAnalyzer, UpdateProtocolManifestCodeFix>
            {
                CodeActionEquivalenceKey = UpdateProtocolManifestCodeFix.EquivalenceKey,
                NumberOfIncrementalIterations = 5,
                NumberOfFixAllInProjectIterations = 2,
                NumberOfFixAllIterations = 1,
            };

            // The assembly line of each project is reported at its first message by name (Alpha, Gamma).
            test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllInDocumentCheck;
            test.TestState.Sources.Add(("/0/Alpha.cs", Message("{|ETP0201:Alpha|}", 1, marked: true)));
            test.TestState.Sources.Add(("/0/Beta.cs", Message("Beta", 2, marked: true)));
            test.TestState.AdditionalFiles.Add((ManifestScenario.ShippedPath, ""));
            test.TestState.AdditionalFiles.Add((ManifestScenario.UnshippedPath, "# the first project\n"));
            test.TestState.AdditionalProjects["Second"].Sources.Add(("/Second/Gamma.cs", Message("{|ETP0201:Gamma|}", 3, marked: true)));
            test.TestState.AdditionalProjects["Second"].AdditionalFiles.Add(("/Second/Protocol.Shipped.txt", ""));
            test.TestState.AdditionalProjects["Second"].AdditionalFiles.Add(("/Second/Protocol.Unshipped.txt", "# the second project\n"));

            test.FixedState.Sources.Add(("/0/Alpha.cs", Message("Alpha", 1, marked: false)));
            test.FixedState.Sources.Add(("/0/Beta.cs", Message("Beta", 2, marked: false)));
            test.FixedState.AdditionalFiles.Add((ManifestScenario.ShippedPath, ""));
            test.FixedState.AdditionalFiles.Add((ManifestScenario.UnshippedPath, "# the first project\n" + Lines(Limits, Line("Alpha", 1), Line("Beta", 2))));
            test.FixedState.AdditionalProjects["Second"].Sources.Add(("/Second/Gamma.cs", Message("Gamma", 3, marked: false)));
            test.FixedState.AdditionalProjects["Second"].AdditionalFiles.Add(("/Second/Protocol.Shipped.txt", ""));
            test.FixedState.AdditionalProjects["Second"].AdditionalFiles.Add(("/Second/Protocol.Unshipped.txt", "# the second project\n" + Lines(Limits, Line("Gamma", 3))));
            return test.RunAsync();
        }

        private static string Lines(params string[] lines) => lines.Length == 0 ? "" : string.Join("\n", lines) + "\n";

        private static Task Run(string source, string shipped, string? unshipped)
        {
            var test = new ProtocolTest<ProtocolManifestAnalyzer, UpdateProtocolManifestCodeFix> { TestCode = source };
            test.TestState.AdditionalFiles.Add((ManifestScenario.ShippedPath, shipped));
            if (unshipped is not null)
            {
                test.TestState.AdditionalFiles.Add((ManifestScenario.UnshippedPath, unshipped));
            }

            return test.RunAsync();
        }

        private static Task Fix(string source, string shipped, string? unshipped, string fixedUnshipped, int iterations = 1)
        {
            var test = new ProtocolTest<ProtocolManifestAnalyzer, UpdateProtocolManifestCodeFix>
            {
                TestCode = source,
                CodeActionEquivalenceKey = UpdateProtocolManifestCodeFix.EquivalenceKey,
                NumberOfIncrementalIterations = iterations,
                NumberOfFixAllIterations = 1,
            };
            test.TestState.AdditionalFiles.Add((ManifestScenario.ShippedPath, shipped));
            if (unshipped is not null)
            {
                test.TestState.AdditionalFiles.Add((ManifestScenario.UnshippedPath, unshipped));
            }

            test.FixedState.AdditionalFiles.Add((ManifestScenario.ShippedPath, shipped.Replace("{|ETP0201:", "").Replace("|}", "")));
            test.FixedState.AdditionalFiles.Add((ManifestScenario.UnshippedPath, fixedUnshipped));
            test.FixedState.Sources.Add(source.Replace("{|ETP0201:", "").Replace("|}", ""));

            // What stays after the fix (a removed message is a breaking change until Protocol.Shipped.txt is edited) is
            // ManifestBreakingRuleTests' business.
            test.DisabledDiagnostics.Add("ETP0212");
            return test.RunAsync();
        }
    }
}
