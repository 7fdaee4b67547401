using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Analyzers;
using EtProtocolGen.CodeFixes.Editing;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EtProtocolGen.CodeFixes
{
    /// <summary>
    /// ETP0009: gives the message's own <c>RpcId</c> or <c>Error</c> a <c>[Field(n)]</c>, with the number after the highest the
    /// message uses, so no existing field changes its number on the wire.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddFieldCodeFix))]
    [Shared]
    public sealed class AddFieldCodeFix : ProtocolCodeFix
    {
        /// <summary>The equivalence key of the fix.</summary>
        public const string EquivalenceKey = "ETP0009.AddField";

        /// <summary>Creates the fix (MEF creates it in the IDE).</summary>
        public AddFieldCodeFix()
            : base(DiagnosticDescriptors.UnserializedCorrelationId)
        {
        }

        /// <inheritdoc />
        /// <remarks>A batch of independent fixes would give every member of a message the same number: one pass numbers them in turn.</remarks>
        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create(static (context, document, diagnostics) => AddFieldsAsync(document, diagnostics, context.CancellationToken));

        /// <inheritdoc />
        private protected override DocumentInput Reads => DocumentInput.Nothing;

        /// <inheritdoc />
        private protected override Task RegisterAsync(FixSite site, Diagnostic diagnostic)
        {
            if (diagnostic.Properties.TryGetValue(UnserializedCorrelationAnalyzer.MemberProperty, out string? name) && name is not null)
            {
                site.Offer(
                    diagnostic,
                    "Serialize '" + name + "' with [Field]",
                    EquivalenceKey,
                    async cancellationToken => await AddFieldsAsync(site.Document, ImmutableArray.Create(diagnostic), cancellationToken).ConfigureAwait(false) ?? site.Document);
            }

            return Task.CompletedTask;
        }

        /// <summary>Gives each diagnosed property a [Field], numbering the properties of one message in source order after its highest number.</summary>
        private static async Task<Document?> AddFieldsAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return null;
            }

            var properties = new List<PropertyDeclarationSyntax>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (diagnostic.Properties.TryGetValue(UnserializedCorrelationAnalyzer.MemberProperty, out string? name)
                    && name is not null
                    && AttributeEditing.FindMember(root, diagnostic.Location.SourceSpan.Start) is PropertyDeclarationSyntax property
                    && !properties.Contains(property))
                {
                    properties.Add(property);
                }
            }

            properties.Sort(static (a, b) => a.SpanStart.CompareTo(b.SpanStart));
            var next = new Dictionary<INamedTypeSymbol, int>(SymbolEqualityComparer.Default);
            var numbers = new Dictionary<PropertyDeclarationSyntax, int>();
            foreach (PropertyDeclarationSyntax property in properties)
            {
                if (model.GetDeclaredSymbol(property, cancellationToken)?.ContainingType is { } message)
                {
                    int number = next.TryGetValue(message, out int known) ? known : NextFieldNumber(message, 0);
                    numbers[property] = number;
                    next[message] = NextFieldNumber(message, number);
                }
            }

            if (TypeNames.Runtime(model.Compilation, AttributeNames.Field) is not { } fieldAttribute)
            {
                return null;
            }

            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var changes = new List<TextChange>();
            foreach (KeyValuePair<PropertyDeclarationSyntax, int> numbered in numbers)
            {
                PropertyDeclarationSyntax property = numbered.Key;
                string attribute = TypeNames.ForAttribute(model, property.SpanStart, fieldAttribute) + "(" + numbered.Value.ToString(CultureInfo.InvariantCulture) + ")";
                DocumentStyle style = DocumentStyle.Of(root, property.Parent as TypeDeclarationSyntax);
                bool ownLine = property.Parent is TypeDeclarationSyntax type && SourceEdits.MemberAttributesOnOwnLine(type, byDefault: false);
                changes.Add(SourceEdits.AddAttributeList(property, attribute, style, ownLine));
            }

            return document.WithText(text.WithChanges(changes));
        }

        /// <summary>One above the highest field number the message declares and <paramref name="taken"/>, stepping over the range protobuf reserves.</summary>
        private static int NextFieldNumber(INamedTypeSymbol message, int taken)
        {
            int highest = taken;
            foreach (ISymbol member in message.GetMembers())
            {
                foreach (AttributeData attribute in member.GetAttributes())
                {
                    if (AttributeNames.Of(attribute.AttributeClass) == AttributeNames.Field
                        && attribute.ConstructorArguments.Length == 1
                        && attribute.ConstructorArguments[0].Value is int number
                        && number > highest)
                    {
                        highest = number;
                    }
                }
            }

            int next = highest + 1;
            return next >= FieldTypeClassifier.FirstReservedFieldNumber && next <= FieldTypeClassifier.LastReservedFieldNumber
                ? FieldTypeClassifier.LastReservedFieldNumber + 1
                : next;
        }
    }
}
