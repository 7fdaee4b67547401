using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace EtProtocolGen.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// An analyzer or code fix test over code that references the EtProtocolGen runtime. Without a
    /// fixed state it checks diagnostics only; with one it also applies the fix alone and through Fix
    /// All in document, project and solution scope, and checks that every scope gives the fixed state.
    /// </summary>
    internal sealed class ProtocolTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        public ProtocolTest()
        {
            TestReferences.AddTo(this);

            // The protocol manifest's diagnostics (ETP0201, ETP0202, ETP0210-ETP0224) compare the whole assembly with
            // Protocol.Shipped.txt at compilation end, so they are not local to a document: a build and full solution
            // analysis show them and offer the ETP0201 fix. The fix is still checked here.
            if (new TAnalyzer().SupportedDiagnostics.Any(d => d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd)))
            {
                CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
            }

            // Protocol code may use pointers (ETP0107 looks at pointer casts of message bytes).
            SolutionTransforms.Add((solution, projectId) =>
                solution.WithProjectCompilationOptions(projectId, ((CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!).WithAllowUnsafe(true)));
        }
    }
}
