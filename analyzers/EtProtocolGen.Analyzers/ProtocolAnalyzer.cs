using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using EtProtocolGen.Analyzers.Model;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// Base of every EtProtocolGen analyzer: concurrent, silent on generated code, and active only in
    /// compilations that reference EtProtocolGen, with the protocol's symbols looked up once per compilation.
    /// </summary>
    public abstract class ProtocolAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                ProtocolSymbols? symbols = ProtocolSymbols.TryCreate(start.Compilation);
                if (symbols is not null)
                {
                    OnCompilationStart(start, symbols);
                }
            });
        }

        private protected abstract void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols);
    }
}
