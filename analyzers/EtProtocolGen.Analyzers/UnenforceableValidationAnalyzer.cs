using System.Collections.Immutable;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0016 and ETP0017: a validation attribute the generated code cannot enforce as written, decided by the generator's own
    /// <see cref="ValidationRules"/>: one that does not apply to the field's type (ETP0016), or whose arguments check nothing or
    /// refuse everything (ETP0017). The generator skips such a message, so that no declared check is silently dropped.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnenforceableValidationAnalyzer : ProtocolAnalyzer
    {
        /// <summary>The diagnostic property that names the attribute (<c>Range</c>) for the code fix.</summary>
        public const string AttributeProperty = "Attribute";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.InapplicableValidation, DiagnosticDescriptors.InvalidValidationArguments);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols) =>
            context.RegisterSymbolAction(symbolContext => Analyze(symbolContext, symbols), SymbolKind.NamedType);

        private static void Analyze(SymbolAnalysisContext context, ProtocolSymbols symbols)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!symbols.TryGetMessage(type, out _))
            {
                return;
            }

            foreach (ProtocolField field in symbols.GetFields(type))
            {
                foreach (DeclaredValidation declared in DeclaredValidation.Read(field))
                {
                    if (declared.Problem == ValidationProblem.None)
                    {
                        continue;
                    }

                    ValidationModel rule = declared.Rule;
                    Location location = AttributeLocations.Of(declared.Attribute, context.CancellationToken) ?? field.Location;
                    ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(AttributeProperty, ValidationRules.Name(rule.Rule));
                    context.ReportDiagnostic(declared.Problem == ValidationProblem.DoesNotApply
                        ? Diagnostic.Create(
                            DiagnosticDescriptors.InapplicableValidation,
                            location,
                            properties,
                            "[" + ValidationRules.Name(rule.Rule) + "]",
                            field.Name,
                            type.Name,
                            field.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                            declared.Reason)
                        : Diagnostic.Create(DiagnosticDescriptors.InvalidValidationArguments, location, properties, rule.Attribute, field.Name, type.Name, declared.Reason));
                }
            }
        }
    }
}
