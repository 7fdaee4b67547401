using System.Composition;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.CodeFixes.Editing;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>ETP0105: adds <c>[Sensitive]</c> to the field, next to its [Field] attribute.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddSensitiveCodeFix))]
    [Shared]
    public sealed class AddSensitiveCodeFix : ProtocolCodeFix
    {
        /// <summary>The equivalence key of the fix.</summary>
        public const string EquivalenceKey = "ETP0105.AddSensitive";

        /// <summary>Creates the fix (MEF creates it in the IDE).</summary>
        public AddSensitiveCodeFix()
            : base(DiagnosticDescriptors.UnmarkedSecretId)
        {
        }

        /// <inheritdoc />
        private protected override Task RegisterAsync(FixSite site, Diagnostic diagnostic)
        {
            if (site.MemberAt(diagnostic) is { } member)
            {
                site.Offer(
                    diagnostic,
                    "Add [Sensitive]",
                    EquivalenceKey,
                    cancellationToken => SourceEdits.AddToMemberAsync(site.Document, member, AttributeNames.Sensitive, "", cancellationToken));
            }

            return Task.CompletedTask;
        }
    }
}
