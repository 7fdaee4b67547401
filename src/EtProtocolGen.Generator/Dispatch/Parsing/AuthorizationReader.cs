using System.Collections.Generic;
using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Helpers;
using EtProtocolGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Generator.Dispatch.Parsing
{
    /// <summary>
    /// Reads [AllowAnonymous] and [Authorize(Roles = "...")] into an <see cref="AuthorizationModel"/>: roles split at commas,
    /// trimmed, empty ones and repeats dropped. Compiled into the analyzers too, so that the protocol manifest records the
    /// roles dispatch checks.
    /// </summary>
    internal struct AuthorizationReader
    {
        private bool allowAnonymous;
        private bool authorize;
        private EquatableArray<string> roles;

        /// <summary>The authorization attributes of a message type or handler class.</summary>
        public static AuthorizationModel Read(ISymbol symbol)
        {
            var reader = default(AuthorizationReader);
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                reader.Add(attribute, AttributeNames.Of(attribute.AttributeClass));
            }

            return reader.ToModel();
        }

        /// <summary>Takes in <paramref name="attribute"/> if it is an authorization attribute (<paramref name="attributeName"/> from <see cref="AttributeNames.Of"/>).</summary>
        public void Add(AttributeData attribute, string? attributeName)
        {
            switch (attributeName)
            {
                case AttributeNames.AllowAnonymous:
                    allowAnonymous = true;
                    break;
                case AttributeNames.Authorize:
                    authorize = true;
                    roles = ReadRoles(attribute);
                    break;
            }
        }

        public readonly AuthorizationModel ToModel() =>
            allowAnonymous || authorize ? new AuthorizationModel(allowAnonymous, authorize, roles.IsEmpty ? EquatableArray<string>.Empty : roles) : AuthorizationModel.None;

        private static EquatableArray<string> ReadRoles(AttributeData attribute)
        {
            foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
            {
                if (named.Key == "Roles" && named.Value.Value is string text)
                {
                    return AuthorizationModel.ParseRoles(text);
                }
            }

            return EquatableArray<string>.Empty;
        }
    }
}
