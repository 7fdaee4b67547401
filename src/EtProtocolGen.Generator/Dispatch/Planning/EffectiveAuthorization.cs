using System.Collections.Generic;
using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Dispatch.Planning
{
    /// <summary>
    /// The authorization rule dispatch applies to one handled message, from the attributes on the message and on its handler:
    /// every [Authorize] present must be satisfied (each role list by at least one role); without any [Authorize], an
    /// [AllowAnonymous] on either lets every session in; with neither, the message is denied (fail-safe default).
    /// [AllowAnonymous] never weakens an [Authorize]. Takes the two attribute sets rather than a handler model so that the
    /// analyzers compile the same file: the protocol manifest records authorization as dispatch evaluates it.
    /// </summary>
    internal static class EffectiveAuthorization
    {
        public static bool RequiresAuthentication(AuthorizationModel message, AuthorizationModel handler) =>
            message.Authorize || handler.Authorize;

        public static bool IsDeniedByDefault(AuthorizationModel message, AuthorizationModel handler) =>
            !RequiresAuthentication(message, handler) && !message.AllowAnonymous && !handler.AllowAnonymous;

        /// <summary>The role lists that must each be satisfied by at least one role.</summary>
        public static List<EquatableArray<string>> RoleSets(AuthorizationModel message, AuthorizationModel handler)
        {
            var sets = new List<EquatableArray<string>>(2);
            if (message.Authorize && !message.Roles.IsEmpty)
            {
                sets.Add(message.Roles);
            }

            if (handler.Authorize && !handler.Roles.IsEmpty && !sets.Contains(handler.Roles))
            {
                sets.Add(handler.Roles);
            }

            return sets;
        }

        /// <summary>The attributes that decide, as they read in source, for comments in generated code.</summary>
        public static string Describe(AuthorizationModel message, string messageName, AuthorizationModel handler, string handlerName)
        {
            bool authorize = RequiresAuthentication(message, handler);
            var parts = new List<string>(2);
            if (authorize ? message.Authorize : message.AllowAnonymous)
            {
                parts.Add(message.Describe() + " on " + messageName);
            }

            if (authorize ? handler.Authorize : handler.AllowAnonymous)
            {
                parts.Add(handler.Describe() + " on " + handlerName);
            }

            return parts.Count == 0 ? "no authorization attribute: denied" : string.Join(" and ", parts);
        }
    }
}
