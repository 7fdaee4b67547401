using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>Source locations of attribute applications, for diagnostics that point at what to change.</summary>
    internal static class AttributeLocations
    {
        /// <summary>The first argument of the attribute as written, or null when it has none or is not in source.</summary>
        public static Location? FirstArgument(AttributeData attribute, CancellationToken cancellationToken = default)
        {
            if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax
                && syntax.ArgumentList is { Arguments.Count: > 0 } arguments)
            {
                return arguments.Arguments[0].GetLocation();
            }

            return null;
        }

        /// <summary>The named argument <paramref name="name"/> (<c>Direction = ...</c>) as written, or null when it is not there or not in source.</summary>
        public static Location? NamedArgument(AttributeData attribute, string name, CancellationToken cancellationToken = default)
        {
            if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax { ArgumentList: { } arguments })
            {
                foreach (AttributeArgumentSyntax argument in arguments.Arguments)
                {
                    if (argument.NameEquals?.Name.Identifier.ValueText == name)
                    {
                        return argument.GetLocation();
                    }
                }
            }

            return null;
        }

        /// <summary>The attribute as written, or null when it is not in source.</summary>
        public static Location? Of(AttributeData attribute, CancellationToken cancellationToken = default) =>
            attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation();
    }
}
