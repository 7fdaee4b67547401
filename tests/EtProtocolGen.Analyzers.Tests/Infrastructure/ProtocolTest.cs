using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
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

            // Compilation-end diagnostics (ETP0002, ETP0102) are not local to a document: the IDE shows them, and
            // offers their fixes, with full solution analysis or after a build. Their fixes are still checked here.
            if (new TAnalyzer().SupportedDiagnostics.Any(d => d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd)))
            {
                CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
            }
        }
    }
}
