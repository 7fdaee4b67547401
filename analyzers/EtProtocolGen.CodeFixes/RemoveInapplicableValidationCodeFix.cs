using System.Composition;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>
    /// ETP0016: removes the validation attribute that does not apply to its field's type. It checked nothing, so removing it
    /// changes no behaviour; it makes the declaration say what is enforced.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveInapplicableValidationCodeFix))]
    [Shared]
    public sealed class RemoveInapplicableValidationCodeFix : ProtocolCodeFix
    {
        /// <summary>The equivalence key of the fix.</summary>
        public const string EquivalenceKey = "ETP0016.RemoveAttribute";

        /// <summary>Creates the fix (MEF creates it in the IDE).</summary>
        public RemoveInapplicableValidationCodeFix()
            : base(DiagnosticDescriptors.InapplicableValidationId)
        {
        }

        /// <inheritdoc />
        private protected override Task RegisterAsync(FixSite site, Diagnostic diagnostic)
        {
            if (site.Root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<AttributeSyntax>() is { } attribute)
            {
                diagnostic.Properties.TryGetValue(UnenforceableValidationAnalyzer.AttributeProperty, out string? name);
                site.Offer(
                    diagnostic,
                    "Remove [" + name + "], which checks nothing on this type",
                    EquivalenceKey,
                    _ => Task.FromResult(site.Document.WithSyntaxRoot(AttributeEditing.Remove(site.Root, attribute))));
            }

            return Task.CompletedTask;
        }
    }
}
