using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace EtProtocolGen.Docs.Tests
{
    /// <summary>Every ```csharp block of README.md and docs/*.md compiles, or matches the file it is an excerpt of.</summary>
    public sealed class DocsCodeBlockTests
    {
        /// <summary>Qualified names lose their qualification on both sides: an excerpt may shorten the file's global:: names.</summary>
        private static readonly Regex Qualification = new Regex(@"global::|\b(?:[A-Za-z_][A-Za-z0-9_]*\.)+(?=[A-Za-z_])");

        private static readonly Regex ContextMarker = new Regex(@"^<!-- examples use: (?<path>\S+) -->\s*$", RegexOptions.Multiline);

        public static TheoryData<string> Documents()
        {
            var documents = new TheoryData<string>();
            foreach (string document in AllDocuments().Where(document => CodeBlock.Read(Root, document).Count > 0))
            {
                documents.Add(document);
            }

            return documents;
        }

        private static string Root { get; } = FindRoot();

        [Theory]
        [MemberData(nameof(Documents))]
        public void Every_csharp_block_compiles_with_the_generator_and_the_analyzers(string document)
        {
            CodeBlock[] blocks = CodeBlock.Read(Root, document).Where(block => block.ExcerptOf is null).ToArray();
            string text = File.ReadAllText(Path.Combine(Root, document));
            string[] context = ContextMarker.Matches(text).Select(match => File.ReadAllText(Path.Combine(Root, match.Groups["path"].Value))).ToArray();

            IReadOnlyList<string> errors = DocumentCompilation.Errors(blocks, context);

            Assert.True(errors.Count == 0, document + " has C# blocks that do not compile:\n" + string.Join("\n", errors));
        }

        [Theory]
        [MemberData(nameof(Documents))]
        public void Every_excerpt_is_found_line_by_line_in_the_file_it_is_taken_from(string document)
        {
            foreach (CodeBlock excerpt in CodeBlock.Read(Root, document).Where(block => block.ExcerptOf is not null))
            {
                string[] source = File.ReadAllLines(Path.Combine(Root, excerpt.ExcerptOf!)).Select(Normalize).ToArray();
                int position = 0;
                foreach (string line in excerpt.Code.Split('\n').Select(Normalize).Where(line => line.Length > 0 && !line.StartsWith("// ...", StringComparison.Ordinal)))
                {
                    int found = Array.IndexOf(source, line, position);
                    Assert.True(found >= 0, excerpt.Where + ": \"" + line + "\" is not in " + excerpt.ExcerptOf + " (after line " + position + ")");
                    position = found + 1;
                }
            }
        }

        [Fact]
        public void The_documents_have_csharp_blocks_and_each_document_with_one_is_checked()
        {
            // Guards the extraction itself: a fence the reader no longer sees would silently check nothing.
            int fences = AllDocuments().Sum(document => File.ReadAllLines(Path.Combine(Root, document)).Count(line => line.Trim() == "```csharp"));
            int read = AllDocuments().Sum(document => CodeBlock.Read(Root, document).Count);
            Assert.Equal(fences, read);
            Assert.True(read >= 20, "only " + read + " C# blocks found");
        }

        private static string Normalize(string line) => Qualification.Replace(line.Trim(), "");

        private static IEnumerable<string> AllDocuments() =>
            new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(Root, "docs"), "*.md").Select(path => "docs/" + Path.GetFileName(path)).OrderBy(path => path, StringComparer.Ordinal));

        private static string FindRoot()
        {
            for (DirectoryInfo? directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "EtProtocolGen.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("The repository root (EtProtocolGen.sln) was not found above " + AppContext.BaseDirectory);
        }
    }
}
