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
        }
    }
}
