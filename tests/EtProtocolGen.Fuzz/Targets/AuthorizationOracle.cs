using System;
using System.Reflection;

namespace EtProtocolGen.Fuzz.Targets
{
    /// <summary>What a message's attributes say about who may send it, read by reflection: independent of the generated dispatcher.</summary>
    public enum AuthorizationRule
    {
        /// <summary>Neither attribute: denied to every session.</summary>
        DeniedByDefault,

        /// <summary><c>[AllowAnonymous]</c>: any session of the right scope.</summary>
        Anonymous,

        /// <summary><c>[Authorize]</c>, with or without roles: an authenticated session.</summary>
        Authenticated,
    }

    public static class AuthorizationOracle
    {
        /// <summary>The rule declared on <paramref name="messageType"/>.</summary>
        public static AuthorizationRule RuleFor(Type messageType)
        {
            if (messageType.GetCustomAttribute<AllowAnonymousAttribute>() is not null)
            {
                return AuthorizationRule.Anonymous;
            }

            return messageType.GetCustomAttribute<AuthorizeAttribute>() is not null
                ? AuthorizationRule.Authenticated
                : AuthorizationRule.DeniedByDefault;
        }

        /// <summary>The scope declared on <paramref name="messageType"/>'s <c>[Message]</c>.</summary>
        public static MessageScope ScopeOf(Type messageType) =>
            (messageType.GetCustomAttribute<MessageAttribute>() ?? throw new ArgumentException(messageType + " is not a [Message] type.", nameof(messageType))).Scope;
    }
}
