using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.Analyzers.Model;
using EtProtocolGen.CodeFixes.Editing;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>
    /// ETP0101 and ETP0111: adds <c>[MaxLength(n)]</c> with a starting bound for the field's kind. The defaults are
    /// deliberately tight for client input (see docs/diagnostics/ETP0101.md): 256 characters for a
    /// string (names, chat lines), 4096 bytes for bytes (tokens, small blobs), 1024 elements for a
    /// collection (inventories, id lists). The developer is expected to tune them. Each ID has its own
    /// equivalence key, so Fix All of one never bounds the fields the other reports.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMaxLengthCodeFix))]
    [Shared]
    public sealed class AddMaxLengthCodeFix : ProtocolCodeFix
    {
        /// <summary>The equivalence key of the fix.</summary>
        public const string EquivalenceKey = "ETP0101.AddMaxLength";

        /// <summary>The equivalence key of the fix of ETP0111 (a server-to-client message).</summary>
        public const string ServerEquivalenceKey = "ETP0111.AddMaxLength";

        /// <summary>The bound suggested for a string, in characters.</summary>
        public const int DefaultStringLength = 256;

        /// <summary>The bound suggested for bytes.</summary>
        public const int DefaultBytesLength = 4096;

        /// <summary>The bound suggested for a collection or map, in elements.</summary>
        public const int DefaultCollectionLength = 1024;

        /// <summary>Creates the fix (MEF creates it in the IDE).</summary>
        public AddMaxLengthCodeFix()
            : base(DiagnosticDescriptors.UnboundedFieldId, DiagnosticDescriptors.UnboundedServerFieldId)
        {
        }

        /// <inheritdoc />
        private protected override Task RegisterAsync(FixSite site, Diagnostic diagnostic)
        {
            if (site.MemberAt(diagnostic) is { } member)
            {
                int length = DefaultLengthFor(diagnostic);
                site.Offer(
                    diagnostic,
                    "Add [MaxLength(" + length.ToString(CultureInfo.InvariantCulture) + ")]",
                    diagnostic.Id == DiagnosticDescriptors.UnboundedServerFieldId ? ServerEquivalenceKey : EquivalenceKey,
                    cancellationToken => SourceEdits.AddToMemberAsync(
                        site.Document, member, AttributeNames.MaxLength, "(" + length.ToString(CultureInfo.InvariantCulture) + ")", cancellationToken));
            }

            return Task.CompletedTask;
        }

        private static int DefaultLengthFor(Diagnostic diagnostic)
        {
            diagnostic.Properties.TryGetValue(UnboundedFieldAnalyzer.LengthKindProperty, out string? kind);
            return kind switch
            {
                nameof(LengthKind.String) => DefaultStringLength,
                nameof(LengthKind.Bytes) => DefaultBytesLength,
                _ => DefaultCollectionLength,
            };
        }
    }
}
