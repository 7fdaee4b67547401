using System;
using System.Collections.Immutable;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0105: a message field whose name says it holds a secret (<see cref="SecretNames"/>: a password, a session key, an auth
    /// token, a login ticket, a verification code...) without [Sensitive]. Booleans (HasPassword) and nested messages (whose
    /// own fields are checked) are skipped. A project adds words with <c>etprotocolgen_secret_words</c> and silences names
    /// with <c>etprotocolgen_not_secret_words</c> in .editorconfig.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnmarkedSecretAnalyzer : ProtocolAnalyzer
    {
        /// <summary>The .editorconfig option listing the project's own secret words or names, separated by commas.</summary>
        public const string SecretWordsOption = "etprotocolgen_secret_words";

        /// <summary>The .editorconfig option listing words or names that are not secrets in this project.</summary>
        public const string NotSecretWordsOption = "etprotocolgen_not_secret_words";

        private static readonly char[] Separators = { ',', ';' };

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.UnmarkedSecret);

        private protected override bool AnalyzesProtoMessages => true;

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols) =>
            RegisterMessageAction(context, symbolContext => Analyze(symbolContext, symbols));

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!symbols.TryGetMessage(type, out _))
            {
                return;
            }

            foreach (ProtocolField field in symbols.GetFields(type))
            {
                if (field.Type.SpecialType == SpecialType.System_Boolean
                    || FieldTypes.GetCarriedMessage(field) is not null
                    || symbols.HasAttribute(field.Symbol, AttributeNames.Sensitive)
                    || NamesFor(context, field).FindSecret(field.Name, type.Name) is not { } words)
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnmarkedSecret, field.Location, field.Name, type.Name, words));
            }
        }

        /// <summary>The rules with the project's words from the .editorconfig that applies to the field's file.</summary>
        private static SecretNames NamesFor(SymbolAnalysisContext context, ProtocolField field)
        {
            if (field.Location.SourceTree is not { } tree)
            {
                return SecretNames.Default;
            }

            var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree);
            options.TryGetValue(SecretWordsOption, out string? secrets);
            options.TryGetValue(NotSecretWordsOption, out string? nonSecrets);
            return secrets is null && nonSecrets is null
                ? SecretNames.Default
                : SecretNames.Default.WithProjectWords(Split(secrets), Split(nonSecrets));
        }

        private static string[] Split(string? list) =>
            list is null ? Array.Empty<string>() : Array.ConvertAll(list.Split(Separators, StringSplitOptions.RemoveEmptyEntries), entry => entry.Trim());
    }
}
