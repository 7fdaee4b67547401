using System.Collections.Immutable;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.CodeFixes.Editing
{
    /// <summary>
    /// The shortest way to name a type at a position in the user's code, as the simplifier would: the simple name when it binds
    /// to that type there (a <c>using EtProtocolGen;</c> in scope, no other type of that name), else the qualified name, else
    /// the <c>global::</c> one. Fixes write text, so they choose the name themselves.
    /// </summary>
    internal static class TypeNames
    {
        /// <summary>
        /// The runtime's type <paramref name="metadataName"/> (an <see cref="AttributeNames"/> constant or
        /// <see cref="RuntimeTypes.MetadataName"/>) as the compilation sees it. Not GetTypeByMetadataName alone: it finds nothing
        /// when two referenced assemblies declare the name, and the runtime types are matched by name and namespace everywhere.
        /// </summary>
        public static INamedTypeSymbol? Runtime(Compilation compilation, string metadataName)
        {
            if (compilation.GetTypeByMetadataName(metadataName) is { } unique)
            {
                return unique;
            }

            foreach (INamedTypeSymbol candidate in compilation.GetTypesByMetadataName(metadataName))
            {
                if (candidate.DeclaredAccessibility == Accessibility.Public)
                {
                    return candidate;
                }
            }

            return null;
        }

        /// <summary>How to write <paramref name="type"/> at <paramref name="position"/>.</summary>
        public static string For(SemanticModel model, int position, INamedTypeSymbol type)
        {
            if (BindsTo(model, position, type.Name, type) && type.Arity == 0)
            {
                return type.Name;
            }

            string qualified = type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
            string root = qualified.Split('.')[0];
            ImmutableArray<ISymbol> roots = model.LookupNamespacesAndTypes(position, name: root);
            return roots.Length == 1 && roots[0] is INamespaceSymbol { ContainingNamespace.IsGlobalNamespace: true }
                ? qualified
                : type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        }

        /// <summary>How to write the attribute <paramref name="attributeType"/> in an attribute list at <paramref name="position"/>: <c>Authorize</c> for <c>AuthorizeAttribute</c>.</summary>
        public static string ForAttribute(SemanticModel model, int position, INamedTypeSymbol attributeType)
        {
            const string Suffix = "Attribute";
            string shortName = attributeType.Name.EndsWith(Suffix, System.StringComparison.Ordinal)
                ? attributeType.Name.Substring(0, attributeType.Name.Length - Suffix.Length)
                : attributeType.Name;

            // [Authorize] binds to Authorize first, then AuthorizeAttribute: both lookups must lead to the runtime's attribute.
            ImmutableArray<ISymbol> exact = model.LookupNamespacesAndTypes(position, name: shortName);
            bool shortIsFree = exact.IsEmpty || exact.Length == 1 && SymbolEqualityComparer.Default.Equals(exact[0], attributeType);
            if (shortIsFree && BindsTo(model, position, attributeType.Name, attributeType))
            {
                return shortName;
            }

            string full = For(model, position, attributeType);
            return full.EndsWith(Suffix, System.StringComparison.Ordinal) ? full.Substring(0, full.Length - Suffix.Length) : full;
        }

        private static bool BindsTo(SemanticModel model, int position, string name, INamedTypeSymbol type)
        {
            ImmutableArray<ISymbol> found = model.LookupNamespacesAndTypes(position, name: name);
            return found.Length == 1 && SymbolEqualityComparer.Default.Equals(found[0], type);
        }
    }
}
