using System.Reflection;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Generator.Parsing
{
    /// <summary>
    /// Symbol facts of C# 11 that the Roslyn version we build against (4.3.1) has no API for: file-local types and
    /// <c>required</c> members. Every compiler that accepts these features has the properties; older ones never see the
    /// features, so a missing property means "no".
    /// </summary>
    internal static class LanguageFeatures
    {
        private static readonly PropertyInfo? TypeIsFileLocal = typeof(INamedTypeSymbol).GetRuntimeProperty("IsFileLocal");
        private static readonly PropertyInfo? PropertyIsRequired = typeof(IPropertySymbol).GetRuntimeProperty("IsRequired");
        private static readonly PropertyInfo? FieldIsRequired = typeof(IFieldSymbol).GetRuntimeProperty("IsRequired");

        /// <summary>The type is declared with the <c>file</c> modifier.</summary>
        public static bool IsFileLocal(INamedTypeSymbol type) => TypeIsFileLocal?.GetValue(type) is true;

        /// <summary>The property or field is declared <c>required</c>.</summary>
        public static bool IsRequired(ISymbol member) => member switch
        {
            IPropertySymbol property => PropertyIsRequired?.GetValue(property) is true,
            IFieldSymbol field => FieldIsRequired?.GetValue(field) is true,
            _ => false,
        };

        /// <summary>The constructor carries <c>[SetsRequiredMembers]</c>, so <c>new T()</c> compiles whatever is required.</summary>
        public static bool SetsRequiredMembers(IMethodSymbol constructor)
        {
            foreach (AttributeData attribute in constructor.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "SetsRequiredMembersAttribute", ContainingNamespace: { Name: "CodeAnalysis", ContainingNamespace: { Name: "Diagnostics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } })
                {
                    return true;
                }
            }

            return false;
        }
    }
}
