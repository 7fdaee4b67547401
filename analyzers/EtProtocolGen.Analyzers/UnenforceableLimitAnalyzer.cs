using System.Collections.Generic;
using System.Collections.Immutable;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Dispatch.Parsing;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0110: a [RateLimit] or [MaxConcurrency] whose arguments dispatch cannot enforce (judged by <c>LimitRules</c>, which
    /// the generator compiles too: it refuses every message of such a route), one on a type that is neither a [Message] nor a
    /// message handler (nothing reads it), and a [ProtocolLimits] AnonymousRequest* value out of range (the built-in applies).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnenforceableLimitAnalyzer : ProtocolAnalyzer
    {
        /// <summary>Diagnostic property: which fix applies, one of <see cref="RemoveAttribute"/>, <see cref="UseNearest"/> and <see cref="RemoveAnonymousValue"/>.</summary>
        public const string FixProperty = "Fix";

        /// <summary>The attribute is on a type nothing dispatches: remove it.</summary>
        public const string RemoveAttribute = "RemoveAttribute";

        /// <summary>An argument is out of range: write the nearest values dispatch enforces.</summary>
        public const string UseNearest = "UseNearest";

        /// <summary>A [ProtocolLimits] AnonymousRequest* value is out of range: remove it, so the built-in value that applies now is the one written.</summary>
        public const string RemoveAnonymousValue = "RemoveAnonymousValue";

        private const string NotDispatched = "it is neither a [Message] nor a message handler, so no dispatcher reads it";

        private static readonly ImmutableDictionary<string, string?> RemoveAttributeFix = Fix(RemoveAttribute);
        private static readonly ImmutableDictionary<string, string?> UseNearestFix = Fix(UseNearest);
        private static readonly ImmutableDictionary<string, string?> RemoveAnonymousValueFix = Fix(RemoveAnonymousValue);

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.UnenforceableLimit);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols)
        {
            context.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, symbols), SymbolKind.NamedType);
            context.RegisterSyntaxNodeAction(AnalyzeAssemblyAttribute, SyntaxKind.AttributeList);
        }

        private static void AnalyzeType(SymbolAnalysisContext context, ProtocolSymbols symbols)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            bool? dispatched = null;
            foreach (AttributeData attribute in type.GetAttributes())
            {
                string? name = AttributeNames.Of(attribute.AttributeClass);
                string? problem;
                string written;
                switch (name)
                {
                    case AttributeNames.RateLimit when LimitReader.TryReadRate(attribute, type.Name) is RateLimitModel rate:
                        problem = rate.Problem;
                        written = Written(rate.Describe(), type.Name);
                        break;
                    case AttributeNames.MaxConcurrency when LimitReader.TryReadConcurrency(attribute, type.Name) is ConcurrencyLimitModel concurrency:
                        problem = concurrency.Problem;
                        written = Written(concurrency.Describe(), type.Name);
                        break;
                    default:
                        continue;
                }

                dispatched ??= symbols.TryGetMessage(type, out _) || !symbols.GetHandlerBindings(type).IsEmpty;
                ImmutableDictionary<string, string?> fix = UseNearestFix;
                if (problem is null && !dispatched.Value)
                {
                    problem = NotDispatched;
                    fix = RemoveAttributeFix;
                }

                if (problem is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnenforceableLimit, Location(attribute, type), fix, written, type.Name, problem));
                }
            }
        }

        /// <summary>An <c>[assembly: ProtocolLimits(...)]</c> list: its AnonymousRequest* values, read as the generator reads them.</summary>
        private static void AnalyzeAssemblyAttribute(SyntaxNodeAnalysisContext context)
        {
            var list = (AttributeListSyntax)context.Node;
            if (list.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) != true)
            {
                return;
            }

            foreach (AttributeData attribute in context.Compilation.Assembly.GetAttributes())
            {
                if (AttributeNames.Of(attribute.AttributeClass) != AttributeNames.ProtocolLimits
                    || attribute.ApplicationSyntaxReference is not { } reference
                    || reference.SyntaxTree != list.SyntaxTree
                    || !list.Span.Contains(reference.Span))
                {
                    continue;
                }

                var syntax = (AttributeSyntax)reference.GetSyntax(context.CancellationToken);
                foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
                {
                    if (named.Value.Value is int value && value != 0 && LimitReader.AnonymousDefaultProblem(named.Key, value) is string problem)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.UnenforceableLimit,
                            (NamedArgument(syntax, named.Key) ?? (SyntaxNode)syntax).GetLocation(),
                            RemoveAnonymousValueFix,
                            "[ProtocolLimits(" + named.Key + " = " + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")]",
                            context.Compilation.AssemblyName ?? "the assembly",
                            problem + "; the built-in default applies"));
                    }
                }
            }
        }

        /// <summary>The <c>Name = value</c> argument of <paramref name="attribute"/>, or null.</summary>
        internal static AttributeArgumentSyntax? NamedArgument(AttributeSyntax attribute, string name)
        {
            if (attribute.ArgumentList is null)
            {
                return null;
            }

            foreach (AttributeArgumentSyntax argument in attribute.ArgumentList.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == name)
                {
                    return argument;
                }
            }

            return null;
        }

        private static ImmutableDictionary<string, string?> Fix(string fix) => ImmutableDictionary<string, string?>.Empty.Add(FixProperty, fix);

        /// <summary>The attribute as written, without the " on Type" the model's description ends with.</summary>
        private static string Written(string description, string declaredOn) =>
            description.EndsWith(" on " + declaredOn, System.StringComparison.Ordinal) ? description.Substring(0, description.Length - declaredOn.Length - 4) : description;

        private static Location Location(AttributeData attribute, ISymbol owner) =>
            attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation()
            ?? (owner.Locations.Length > 0 ? owner.Locations[0] : Microsoft.CodeAnalysis.Location.None);
    }
}
