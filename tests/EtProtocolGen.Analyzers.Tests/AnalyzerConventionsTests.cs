using System;
using System.Collections.Immutable;
using System.Linq;
using EtProtocolGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace EtProtocolGen.Analyzers.Tests
{
    /// <summary>
    /// What every analyzer does in Initialize: run concurrently, skip generated code (the message rules that also check the
    /// messages generated from .proto files see it, and pass on only those and the user's types), and do its work from one
    /// compilation-start action.
    /// </summary>
    public class AnalyzerConventionsTests
    {
        /// <summary>The rules that check .proto messages (docs/proto.md, 'Security rules').</summary>
        private static readonly string[] ProtoMessageRules =
        {
            "UnboundedFieldAnalyzer", "MissingAuthorizationAnalyzer", "InnerMessageExposureAnalyzer", "UnmarkedSecretAnalyzer",
            "UnboundedRecursionAnalyzer", "MissingRateLimitAnalyzer",
        };

        public static TheoryData<string> AnalyzerNames => new(AllAnalyzers.Create().Select(analyzer => analyzer.GetType().Name));

        [Theory]
        [MemberData(nameof(AnalyzerNames))]
        public void The_analyzer_runs_concurrently_skips_generated_code_and_registers_only_a_compilation_start_action(string name)
        {
            DiagnosticAnalyzer analyzer = AllAnalyzers.Create().Single(a => a.GetType().Name == name);
            var context = new RecordingAnalysisContext();

            analyzer.Initialize(context);

            Assert.True(context.ConcurrentExecutionEnabled);
            Assert.Equal(
                ProtoMessageRules.Contains(name) ? GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics : GeneratedCodeAnalysisFlags.None,
                context.GeneratedCodeFlags);
            Assert.Equal(new[] { "CompilationStart" }, context.Registrations);
        }

        [Fact]
        public void Every_descriptor_lives_in_DiagnosticDescriptors()
        {
            ImmutableArray<DiagnosticDescriptor> declared = typeof(DiagnosticDescriptors)
                .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
                .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
                .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
                .ToImmutableArray();

            foreach (DiagnosticDescriptor supported in AllAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics))
            {
                Assert.Contains(declared, d => ReferenceEquals(d, supported));
            }
        }

        [Fact]
        public void Every_diagnostic_is_shown_by_a_command_line_build_and_in_the_edited_document()
        {
            foreach (DiagnosticDescriptor descriptor in AllAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics))
            {
                // ETP0111 is a suggestion on purpose (its page says why: it guards clients against a hostile server, and a
                // warning on every server-to-client list would bury the warnings that guard the server); a project raises it.
                if (descriptor.Id == DiagnosticDescriptors.UnboundedServerFieldId)
                {
                    Assert.Equal(DiagnosticSeverity.Info, descriptor.DefaultSeverity);
                    Assert.DoesNotContain(WellKnownDiagnosticTags.CompilationEnd, descriptor.CustomTags);
                    continue;
                }

                Assert.True(descriptor.DefaultSeverity >= DiagnosticSeverity.Warning, descriptor.Id + " is " + descriptor.DefaultSeverity + ", which dotnet build does not print");
                if (descriptor.Category == DiagnosticDescriptors.ProtocolReviewCategory)
                {
                    // The manifest's diagnostics compare the whole assembly with Protocol.Shipped.txt, so they are
                    // reported at compilation end (like PublicApiAnalyzers' RS0017): a build, CI and full solution
                    // analysis show them. Every other diagnostic is about one declaration and shows as it is typed.
                    continue;
                }

                Assert.DoesNotContain(WellKnownDiagnosticTags.CompilationEnd, descriptor.CustomTags);
            }
        }

        /// <summary>An <see cref="AnalysisContext"/> that records what an analyzer asks for instead of running anything.</summary>
        private sealed class RecordingAnalysisContext : AnalysisContext
        {
            public bool ConcurrentExecutionEnabled { get; private set; }

            public GeneratedCodeAnalysisFlags? GeneratedCodeFlags { get; private set; }

            public System.Collections.Generic.List<string> Registrations { get; } = new();

            public override void EnableConcurrentExecution() => ConcurrentExecutionEnabled = true;

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCodeFlags = analysisMode;

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => Registrations.Add("CompilationStart");

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => Registrations.Add("Compilation");

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => Registrations.Add("SemanticModel");

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Registrations.Add("Symbol");

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => Registrations.Add("CodeBlockStart");

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => Registrations.Add("CodeBlock");

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Registrations.Add("SyntaxTree");

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => Registrations.Add("SyntaxNode");
        }
    }
}
