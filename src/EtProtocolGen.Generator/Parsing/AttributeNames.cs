using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Generator.Parsing
{
    /// <summary>
    /// Metadata names of the runtime's attributes that the generators read, and how a bound attribute is matched to one.
    /// Compiled into the analyzers too (with <see cref="FieldTypeClassifier"/>, which uses it), so both match alike.
    /// </summary>
    internal static class AttributeNames
    {
        public const string Message = "EtProtocolGen.MessageAttribute";
        public const string Field = "EtProtocolGen.FieldAttribute";
        public const string MaxLength = "EtProtocolGen.MaxLengthAttribute";
        public const string MinLength = "EtProtocolGen.MinLengthAttribute";
        public const string Range = "EtProtocolGen.RangeAttribute";
        public const string Required = "EtProtocolGen.RequiredAttribute";
        public const string Sensitive = "EtProtocolGen.SensitiveAttribute";
        public const string ProtocolLimits = "EtProtocolGen.ProtocolLimitsAttribute";
        public const string Authorize = "EtProtocolGen.AuthorizeAttribute";
        public const string AllowAnonymous = "EtProtocolGen.AllowAnonymousAttribute";
        public const string ResponseType = "EtProtocolGen.ResponseTypeAttribute";
        public const string Reserved = "EtProtocolGen.ReservedAttribute";
        public const string ReservedOpcodes = "EtProtocolGen.ReservedOpcodesAttribute";
        public const string RateLimit = "EtProtocolGen.RateLimitAttribute";
        public const string MaxConcurrency = "EtProtocolGen.MaxConcurrencyAttribute";
        public const string WireSurrogate = "EtProtocolGen.WireSurrogateAttribute";

        /// <summary>The name as written in source with its namespace: <c>EtProtocolGen.MaxLength</c> for <see cref="MaxLength"/>.</summary>
        public static string WithoutSuffix(string metadataName) => metadataName.Substring(0, metadataName.Length - "Attribute".Length);

        /// <summary>The name as written in source: <c>MaxLength</c> for <see cref="MaxLength"/>.</summary>
        public static string ShortName(string metadataName) => WithoutSuffix(metadataName).Substring(RuntimeContract.Namespace.Length + 1);

        /// <summary>
        /// The metadata name above that <paramref name="attributeClass"/> is, or null for any other attribute. It compares the
        /// simple name and the namespace instead of building a display string: the transforms run again on every edit, once for
        /// every attribute of every message and member, so this is on the IDE's keystroke path.
        /// </summary>
        public static string? Of(INamedTypeSymbol? attributeClass)
        {
            if (attributeClass is not { ContainingType: null, ContainingNamespace: { Name: RuntimeContract.Namespace, ContainingNamespace.IsGlobalNamespace: true } })
            {
                return null;
            }

            return attributeClass.Name switch
            {
                "MessageAttribute" => Message,
                "FieldAttribute" => Field,
                "MaxLengthAttribute" => MaxLength,
                "MinLengthAttribute" => MinLength,
                "RangeAttribute" => Range,
                "RequiredAttribute" => Required,
                "SensitiveAttribute" => Sensitive,
                "ProtocolLimitsAttribute" => ProtocolLimits,
                "AuthorizeAttribute" => Authorize,
                "AllowAnonymousAttribute" => AllowAnonymous,
                "ResponseTypeAttribute" => ResponseType,
                "ReservedAttribute" => Reserved,
                "ReservedOpcodesAttribute" => ReservedOpcodes,
                "RateLimitAttribute" => RateLimit,
                "MaxConcurrencyAttribute" => MaxConcurrency,
                "WireSurrogateAttribute" => WireSurrogate,
                _ => null,
            };
        }
    }
}
