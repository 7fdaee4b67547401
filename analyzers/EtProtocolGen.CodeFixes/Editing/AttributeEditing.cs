using System.Linq;
using EtProtocolGen.Generator;
using EtProtocolGen.Generator.Dispatch.Planning;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EtProtocolGen.CodeFixes.Editing
{
    /// <summary>
    /// Finds the declarations fixes edit, removes attributes, and builds the partitions expression for the fix that rewrites a
    /// limit's arguments in place (ETP0110). Names built here are written fully qualified and annotated for the simplifier,
    /// so a file with <c>using EtProtocolGen;</c> gets <c>RateLimitPartition.Connection</c>. Fixes that add an attribute or a
    /// member write text in the document's own layout instead (<see cref="SourceEdits"/>).
    /// </summary>
    internal static class AttributeEditing
    {
        /// <summary>
        /// <c>RateLimitPartition.Connection | RateLimitPartition.RemoteAddress</c> for a flags value that names only existing
        /// partitions (<c>LimitRules.Names</c>), qualified for the simplifier.
        /// </summary>
        public static ExpressionSyntax Partitions(int partitions)
        {
            ExpressionSyntax? expression = null;
            foreach (string name in LimitRules.Names(partitions).Split(new[] { " | " }, System.StringSplitOptions.RemoveEmptyEntries))
            {
                ExpressionSyntax flag = ParseExpression("global::" + RuntimeContract.Namespace + ".RateLimitPartition." + name).WithAdditionalAnnotations(Simplifier.Annotation);
                expression = expression is null ? flag : BinaryExpression(SyntaxKind.BitwiseOrExpression, expression, flag);
            }

            return expression ?? throw new System.ArgumentOutOfRangeException(nameof(partitions));
        }

        /// <summary>
        /// Removes <paramref name="attribute"/> from its list (<c>[Field(1), Range(1, 10)]</c> becomes <c>[Field(1)]</c>), or the
        /// whole list when it holds nothing else, with its line; comments in front of a removed first list stay.
        /// </summary>
        public static SyntaxNode Remove(SyntaxNode root, AttributeSyntax attribute)
        {
            if (attribute.Parent is not AttributeListSyntax list)
            {
                return root;
            }

            if (list.Attributes.Count > 1)
            {
                return root.ReplaceNode(list, list.WithAttributes(list.Attributes.Remove(attribute)));
            }

            if (list.Parent is not MemberDeclarationSyntax member || member.AttributeLists[0] != list)
            {
                return root.RemoveNode(list, SyntaxRemoveOptions.KeepNoTrivia)!;
            }

            // The first list carries the declaration's doc comment and indentation: the next token (another list, a modifier
            // or the type) takes them over.
            SyntaxToken next = list.GetLastToken().GetNextToken();
            SyntaxNode withoutList = root.ReplaceToken(next, next.WithLeadingTrivia(list.GetLeadingTrivia()));
            AttributeListSyntax? moved = withoutList.FindNode(list.Span, getInnermostNodeForTie: true).FirstAncestorOrSelf<AttributeListSyntax>();
            return moved is null ? root : withoutList.RemoveNode(moved, SyntaxRemoveOptions.KeepNoTrivia)!;
        }

        /// <summary>The member declaration (property or field) that declares the token at <paramref name="position"/>.</summary>
        public static MemberDeclarationSyntax? FindMember(SyntaxNode root, int position) =>
            root.FindToken(position).Parent?.AncestorsAndSelf().FirstOrDefault(n => n is PropertyDeclarationSyntax or FieldDeclarationSyntax) as MemberDeclarationSyntax;

        /// <summary>The type declaration whose name is at <paramref name="position"/>.</summary>
        public static TypeDeclarationSyntax? FindType(SyntaxNode root, int position) =>
            root.FindToken(position).Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();

        internal static bool IsFieldAttribute(AttributeSyntax attribute)
        {
            string name = attribute.Name switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => string.Empty,
            };
            string field = AttributeNames.ShortName(AttributeNames.Field);
            return name == field || name == field + "Attribute";
        }
    }
}
