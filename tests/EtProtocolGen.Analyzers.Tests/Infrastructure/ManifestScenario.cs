using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers.Manifest;
using EtProtocolGen.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace EtProtocolGen.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// Tests of the manifest rules as a team meets them: the protocol shipped as <c>shipped</c> (its manifest is
    /// Protocol.Shipped.txt), the code is now <c>current</c>, and Protocol.Unshipped.txt already records the difference (the
    /// ETP0201 fix was applied), so only the breaking and security diagnostics remain, marked in <c>current</c>.
    /// </summary>
    internal static class ManifestScenario
    {
        public const string ShippedPath = "/0/Protocol.Shipped.txt";
        public const string UnshippedPath = "/0/Protocol.Unshipped.txt";

        /// <summary>The manifest lines the analyzers' builder writes for <paramref name="sources"/> compiled together.</summary>
        public static List<string> LinesOf(params string[] sources)
        {
            var compilation = CSharpCompilation.Create(
                "Protocol",
                sources.Select(source => CSharpSyntaxTree.ParseText(WithoutMarkup(source))),
                TestReferences.Framework.Add(TestReferences.Runtime),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            ProtocolSymbols symbols = ProtocolSymbols.TryCreate(compilation)!;
            return ManifestWriter.Write(new ManifestBuilder(symbols, compilation.Assembly, CancellationToken.None).Build(CancellationToken.None).Manifest);
        }

        /// <summary>The source without diagnostic markup, nested markup included.</summary>
        private static string WithoutMarkup(string source)
        {
            for (string stripped = InsecureSamples.WithoutMarkup(source); stripped != source; stripped = InsecureSamples.WithoutMarkup(source))
            {
                source = stripped;
            }

            return source;
        }

        /// <summary>The text of a manifest file holding <paramref name="lines"/>, as the fix and the tool write it.</summary>
        public static string File(IEnumerable<string> lines) => ManifestFile.Format(new string[0], lines);

        /// <summary>Protocol.Unshipped.txt that brings <paramref name="shippedLines"/> up to <paramref name="currentLines"/>.</summary>
        public static string UnshippedFor(IReadOnlyList<string> shippedLines, IReadOnlyList<string> currentLines)
        {
            var set = new ManifestSet(ManifestFile.Parse(ShippedPath, File(shippedLines)), ManifestFile.Empty(UnshippedPath));
            var update = new Dictionary<string, IReadOnlyList<string>>();
            foreach (string entity in shippedLines.Concat(currentLines).Select(line => ManifestLine.Parse(line).Entity).Distinct())
            {
                update[entity] = currentLines.Where(line => ManifestLine.Parse(line).Entity == entity).ToList();
            }

            return File(set.UpdateUnshipped(update));
        }

        /// <summary>Runs the manifest analyzer on <paramref name="current"/> (with markup) after <paramref name="shipped"/> shipped.</summary>
        public static Task VerifyAsync(string shipped, string current, params DiagnosticResult[] expected) =>
            VerifyAsync(new[] { shipped }, new[] { current }, expected);

        public static Task VerifyAsync(string[] shipped, string[] current, params DiagnosticResult[] expected) =>
            VerifyAsync(shipped, current, markShipped: null, expected);

        /// <summary>
        /// As <see cref="VerifyAsync(string[], string[], DiagnosticResult[])"/>, and expects <paramref name="markShipped"/>'s
        /// diagnostic on the first shipped line that starts with its prefix (what is gone is reported in the shipped file).
        /// </summary>
        public static Task VerifyAsync(string[] shipped, string[] current, (string Id, string LinePrefix)? markShipped, params DiagnosticResult[] expected)
        {
            List<string> shippedLines = LinesOf(shipped);
            List<string> currentLines = LinesOf(current);
            var test = new ProtocolTest<ProtocolManifestAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>();
            for (int i = 0; i < current.Length; i++)
            {
                test.TestState.Sources.Add(("/0/Protocol" + i + ".cs", current[i]));
            }

            string shippedText = File(shippedLines);
            if (markShipped is { } mark)
            {
                string line = shippedLines.First(candidate => candidate.StartsWith(mark.LinePrefix, System.StringComparison.Ordinal));
                shippedText = shippedText.Replace(line + "\n", "{|" + mark.Id + ":" + line + "|}\n");
            }

            test.TestState.AdditionalFiles.Add((ShippedPath, shippedText));
            test.TestState.AdditionalFiles.Add((UnshippedPath, UnshippedFor(shippedLines, currentLines)));
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }
    }
}
