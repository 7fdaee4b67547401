using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EtProtocolGen.Analyzers.Tests
{
    /// <summary>What holds for every diagnostic ID: the severity and category of the issue's table, generated code skipped, docs and release notes in step.</summary>
    public class EveryDiagnosticTests
    {
        private const string PackedPages = @"<None Include=""$(RepoRoot)docs\diagnostics\*.md"" Pack=""true"" PackagePath=""docs\diagnostics""";

        /// <summary>The release file links each ID to its page in the repository, relative to the release file.</summary>
        private const string DocsBase = "../../docs/diagnostics/";

        public static TheoryData<string, DiagnosticSeverity, string> Table => new()
        {
            { "ETP0001", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0002", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0003", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0004", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0005", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0006", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0007", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0008", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0009", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0016", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0017", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0101", DiagnosticSeverity.Warning, "EtProtocolGen.Security" },
            { "ETP0102", DiagnosticSeverity.Warning, "EtProtocolGen.Security" },
            { "ETP0103", DiagnosticSeverity.Warning, "EtProtocolGen.Security" },
            { "ETP0104", DiagnosticSeverity.Error, "EtProtocolGen.Security" },
            { "ETP0105", DiagnosticSeverity.Warning, "EtProtocolGen.Security" },
            { "ETP0106", DiagnosticSeverity.Warning, "EtProtocolGen.Security" },
            { "ETP0107", DiagnosticSeverity.Warning, "EtProtocolGen.Security" },
            { "ETP0108", DiagnosticSeverity.Warning, "EtProtocolGen.Security" },
            { "ETP0109", DiagnosticSeverity.Warning, "EtProtocolGen.Security" },
            { "ETP0110", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0111", DiagnosticSeverity.Info, "EtProtocolGen.Security" },
            { "ETP0112", DiagnosticSeverity.Warning, "EtProtocolGen.Security" },
            { "ETP0201", DiagnosticSeverity.Warning, "EtProtocolGen.ProtocolReview" },
            { "ETP0202", DiagnosticSeverity.Warning, "EtProtocolGen.ProtocolReview" },
            { "ETP0203", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0204", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0210", DiagnosticSeverity.Error, "EtProtocolGen.ProtocolReview" },
            { "ETP0211", DiagnosticSeverity.Error, "EtProtocolGen.ProtocolReview" },
            { "ETP0212", DiagnosticSeverity.Error, "EtProtocolGen.ProtocolReview" },
            { "ETP0213", DiagnosticSeverity.Error, "EtProtocolGen.ProtocolReview" },
            { "ETP0214", DiagnosticSeverity.Error, "EtProtocolGen.ProtocolReview" },
            { "ETP0215", DiagnosticSeverity.Error, "EtProtocolGen.ProtocolReview" },
            { "ETP0216", DiagnosticSeverity.Error, "EtProtocolGen.ProtocolReview" },
            { "ETP0217", DiagnosticSeverity.Error, "EtProtocolGen.ProtocolReview" },
            { "ETP0218", DiagnosticSeverity.Error, "EtProtocolGen.ProtocolReview" },
            { "ETP0219", DiagnosticSeverity.Error, "EtProtocolGen.ProtocolReview" },
            { "ETP0220", DiagnosticSeverity.Warning, "EtProtocolGen.ProtocolReview" },
            { "ETP0221", DiagnosticSeverity.Warning, "EtProtocolGen.ProtocolReview" },
            { "ETP0222", DiagnosticSeverity.Warning, "EtProtocolGen.ProtocolReview" },
            { "ETP0223", DiagnosticSeverity.Warning, "EtProtocolGen.ProtocolReview" },
            { "ETP0224", DiagnosticSeverity.Warning, "EtProtocolGen.ProtocolReview" },
            { "ETP0301", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0302", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0303", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0304", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0305", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0306", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0307", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0308", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0309", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
            { "ETP0310", DiagnosticSeverity.Warning, "EtProtocolGen.Usage" },
            { "ETP0311", DiagnosticSeverity.Warning, "EtProtocolGen.Usage" },
            { "ETP0312", DiagnosticSeverity.Error, "EtProtocolGen.Usage" },
        };

        public static TheoryData<string> Ids => new(InsecureSamples.ById.Keys.OrderBy(id => id, System.StringComparer.Ordinal));

        [Fact]
        public void The_analyzers_report_exactly_the_IDs_of_the_table()
        {
            string[] expected = Table.Select(row => (string)row[0]).ToArray();
            Assert.Equal(expected, AllAnalyzers.Descriptors().Keys.OrderBy(id => id, System.StringComparer.Ordinal));
            Assert.Equal(expected, InsecureSamples.ById.Keys.OrderBy(id => id, System.StringComparer.Ordinal));
        }

        [Theory]
        [MemberData(nameof(Table))]
        public void Severity_and_category_are_those_of_the_table(string id, DiagnosticSeverity severity, string category)
        {
            DiagnosticDescriptor descriptor = AllAnalyzers.Descriptors()[id];
            Assert.Equal(severity, descriptor.DefaultSeverity);
            Assert.Equal(category, descriptor.Category);
            Assert.True(descriptor.IsEnabledByDefault);
        }

        [Theory]
        [MemberData(nameof(Ids))]
        public Task The_sample_is_reported_where_it_is_marked(string id) =>
            SampleTest(id, InsecureSamples.ById[id], "/0/Protocol.cs").RunAsync();

        [Theory]
        [MemberData(nameof(Ids))]
        public Task The_sample_is_not_reported_in_a_generated_file(string id) =>
            SampleTest(id, InsecureSamples.WithoutMarkup(InsecureSamples.ById[id]), "/0/Protocol.g.cs").RunAsync();

        [Theory]
        [MemberData(nameof(Ids))]
        public Task The_sample_is_not_reported_under_an_auto_generated_header(string id) =>
            SampleTest(id, "// <auto-generated/>\n" + InsecureSamples.WithoutMarkup(InsecureSamples.ById[id]), "/0/Protocol.cs").RunAsync();

        [Theory]
        [MemberData(nameof(Ids))]
        public void The_help_link_opens_the_page_the_package_ships_and_the_description_names_it(string id)
        {
            DiagnosticDescriptor descriptor = AllAnalyzers.Descriptors()[id];

            // The analyzers under test load from this repository's build output, so the link is the repository's page,
            // as it is the package folder's page when they load from the package.
            Assert.True(Uri.TryCreate(descriptor.HelpLinkUri, UriKind.Absolute, out Uri? link), id + " has no help link");
            Assert.Equal(Uri.UriSchemeFile, link!.Scheme);
            Assert.Equal(Path.GetFullPath(RepositoryFiles.PathOf("docs/diagnostics/" + id + ".md")), Path.GetFullPath(link.LocalPath));
            Assert.True(File.Exists(link.LocalPath), descriptor.HelpLinkUri + " does not exist");
            Assert.EndsWith(" Documentation: docs/diagnostics/" + id + ".md in the EtProtocolGen package.", descriptor.Description.ToString());

            // The package ships every page of docs/diagnostics; tests/Package/run-package-checks.sh checks the packed files.
            Assert.Contains(PackedPages, RepositoryFiles.ReadAllText("src/EtProtocolGen.Package/EtProtocolGen.Package.csproj"));
        }

        [Theory]
        [MemberData(nameof(Table))]
        public void The_docs_index_lists_the_ID_with_its_severity_and_category(string id, DiagnosticSeverity severity, string category)
        {
            string readme = RepositoryFiles.ReadAllText("docs/diagnostics/README.md");
            Match row = Regex.Match(readme, @"^\| \[" + id + @"\]\(" + id + @"\.md\) \|(?<cells>.*)$", RegexOptions.Multiline);
            Assert.True(row.Success, id + " has no row in docs/diagnostics/README.md");
            string[] cells = row.Groups["cells"].Value.Split('|').Select(cell => cell.Trim()).ToArray();
            Assert.Equal(AllAnalyzers.Descriptors()[id].Title.ToString(), cells[0]);
            Assert.Equal(severity.ToString(), cells[1]);
            Assert.Equal(category, cells[2]);
        }

        [Theory]
        [MemberData(nameof(Table))]
        public void The_release_file_tracks_the_ID_with_its_severity_and_category(string id, DiagnosticSeverity severity, string category)
        {
            string unshipped = RepositoryFiles.ReadAllText("analyzers/EtProtocolGen.Analyzers/AnalyzerReleases.Unshipped.md");
            Assert.Matches(new Regex("^" + id + @" \| " + Regex.Escape(category) + @" \| " + severity + @" \| .*\(" + Regex.Escape(DocsBase + id + ".md") + @"\)\s*$", RegexOptions.Multiline), unshipped);
        }

        private static AllAnalyzersTest SampleTest(string id, string source, string path)
        {
            var test = new AllAnalyzersTest();
            test.TestState.Sources.Add((path, source));
            test.TestState.Sources.Add(("/0/Session.cs", Snippets.Session));

            // A diagnostic on a manifest line is not in code, generated or not: its markup stays in the manifest file.
            foreach ((string manifestPath, string text) in InsecureSamples.ManifestFiles(id))
            {
                test.TestState.AdditionalFiles.Add((manifestPath, text));
            }

            // A diagnostic in a .proto file is not in code, generated or not: its markup stays in the .proto file.
            foreach ((string protoPath, string text) in InsecureSamples.ProtoFiles(id))
            {
                test.TestState.AdditionalFiles.Add((protoPath, text));
            }

            test.DisabledDiagnostics.AddRange(InsecureSamples.ById.Keys.Where(other => other != id));
            return test;
        }
    }
}
