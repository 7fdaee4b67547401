using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using EtProtocolGen.Analyzers.Model;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// Base of every EtProtocolGen analyzer: concurrent, silent on generated code, and active only in
    /// compilations that reference EtProtocolGen, with the protocol's symbols looked up once per compilation. The message
    /// rules (<see cref="AnalyzesProtoMessages"/>) also check the messages generated from .proto files, and report at the
    /// line of the .proto file the generated declaration is <c>#line</c>-mapped to.
    /// </summary>
    public abstract class ProtocolAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(AnalyzesProtoMessages ? GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics : GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                ProtocolSymbols? symbols = ProtocolSymbols.TryCreate(start.Compilation);
                if (symbols is not null)
                {
                    OnCompilationStart(start, symbols);
                }
            });
        }

        /// <summary>
        /// The rule checks message types, .proto messages included: it sees generated code, and registers its message action
        /// with <see cref="RegisterMessageAction"/>, which passes on only the user's types and the .proto messages.
        /// </summary>
        private protected virtual bool AnalyzesProtoMessages => false;

        private protected abstract void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols);

        /// <summary>A named-type action that, as generated code is analyzed, skips every generated type but the .proto messages.</summary>
        private protected static void RegisterMessageAction(CompilationStartAnalysisContext context, System.Action<SymbolAnalysisContext> action) =>
            context.RegisterSymbolAction(
                symbolContext =>
                {
                    if (GeneratedSources.IsUserCodeOrProtoMessage(symbolContext.Symbol))
                    {
                        action(symbolContext);
                    }
                },
                SymbolKind.NamedType);
    }
}
