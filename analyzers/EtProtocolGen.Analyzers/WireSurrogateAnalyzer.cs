using System.Collections.Generic;
using System.Collections.Immutable;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EtProtocolGen.Analyzers
{
    /// <summary>
    /// ETP0312: an <c>[assembly: WireSurrogate]</c> that cannot carry its type, by the generator's own rule
    /// (<see cref="WireSurrogates.FindProblem"/>), or a second mapping of a type already mapped. Reported at the attribute,
    /// whether or not a field uses the type yet; a field that does also gets ETP0004 (ETP0302 in a .proto file).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class WireSurrogateAnalyzer : ProtocolAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.WireSurrogateUnusable);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, ProtocolSymbols symbols)
        {
            Dictionary<Location, (string Type, string Problem)>? problems = null;
            Compilation compilation = context.Compilation;
            context.RegisterSyntaxNodeAction(
                nodeContext =>
                {
                    if (nodeContext.Node.Parent is not AttributeListSyntax { Target.Identifier.ValueText: "assembly" })
                    {
                        return;
                    }

                    problems ??= FindProblems(compilation);
                    Location location = nodeContext.Node.GetLocation();
                    if (problems.TryGetValue(location, out (string Type, string Problem) found))
                    {
                        nodeContext.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WireSurrogateUnusable, location, found.Type, found.Problem));
                    }
                },
                SyntaxKind.Attribute);
        }

        /// <summary>Each unusable mapping's attribute, with the mapped type's name and the reason.</summary>
        private static Dictionary<Location, (string Type, string Problem)> FindProblems(Compilation compilation)
        {
            var problems = new Dictionary<Location, (string Type, string Problem)>();
            WireSurrogateMap mappings = WireSurrogates.Of(compilation.Assembly);
            var used = new HashSet<AttributeData>();
            foreach (WireSurrogate mapping in mappings.All)
            {
                used.Add(mapping.Attribute);
                if (mapping.Problem is { } problem)
                {
                    Add(problems, mapping.Attribute, mapping.Type, problem);
                }
            }

            foreach (AttributeData attribute in compilation.Assembly.GetAttributes())
            {
                if (AttributeNames.Of(attribute.AttributeClass) == AttributeNames.WireSurrogate
                    && !used.Contains(attribute)
                    && attribute.ConstructorArguments.Length == 2
                    && attribute.ConstructorArguments[0].Value is ITypeSymbol { TypeKind: not TypeKind.Error } type)
                {
                    Add(problems, attribute, type, "'" + type.Name + "' is mapped already; a type has one surrogate");
                }
            }

            return problems;
        }

        private static void Add(Dictionary<Location, (string Type, string Problem)> problems, AttributeData attribute, ITypeSymbol type, string problem)
        {
            if (attribute.ApplicationSyntaxReference is { } reference)
            {
                problems[Location.Create(reference.SyntaxTree, reference.Span)] = (type.Name, problem);
            }
        }
    }
}
