using System.Collections.Generic;
using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Dispatch.Planning
{
    /// <summary>
    /// The authorization rule dispatch applies to one handled message, from the attributes on the message and on its handler:
    /// every [Authorize] present must be satisfied (each role list by at least one role); without any [Authorize], an
    /// [AllowAnonymous] on either lets every session in; with neither, the message is denied (fail-safe default).
    /// [AllowAnonymous] never weakens an [Authorize].
    /// </summary>
    internal static class EffectiveAuthorization
    {
        public static bool RequiresAuthentication(HandlerModel handler) =>
            handler.Message.Authorization.Authorize || handler.Authorization.Authorize;

        public static bool IsDeniedByDefault(HandlerModel handler) =>
            !RequiresAuthentication(handler) && !handler.Message.Authorization.AllowAnonymous && !handler.Authorization.AllowAnonymous;

        /// <summary>The role lists that must each be satisfied by at least one role.</summary>
        public static List<EquatableArray<string>> RoleSets(HandlerModel handler)
        {
            var sets = new List<EquatableArray<string>>(2);
            if (handler.Message.Authorization.Authorize && !handler.Message.Authorization.Roles.IsEmpty)
            {
                sets.Add(handler.Message.Authorization.Roles);
            }

            if (handler.Authorization.Authorize && !handler.Authorization.Roles.IsEmpty && !sets.Contains(handler.Authorization.Roles))
            {
                sets.Add(handler.Authorization.Roles);
            }

            return sets;
        }

        /// <summary>The attributes that decide, as they read in source, for comments in generated code.</summary>
        public static string Describe(HandlerModel handler)
        {
            bool authorize = RequiresAuthentication(handler);
            var parts = new List<string>(2);
            if (authorize ? handler.Message.Authorization.Authorize : handler.Message.Authorization.AllowAnonymous)
            {
                parts.Add(handler.Message.Authorization.Describe() + " on " + handler.Message.Name);
            }

            if (authorize ? handler.Authorization.Authorize : handler.Authorization.AllowAnonymous)
            {
                parts.Add(handler.Authorization.Describe() + " on " + handler.HandlerName);
            }

            return parts.Count == 0 ? "no authorization attribute: denied" : string.Join(" and ", parts);
        }
    }
}
