using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace EtProtocolGen.Dispatch.Tests.Infrastructure
{
    /// <summary>
    /// The test protocol as its source declares it, read with reflection from the attributes and handler classes, never from
    /// the generated registry or dispatchers: the matrix test compares what the generated code does with what these
    /// declarations and the rules of the dispatch issue say it must do.
    /// </summary>
    public static class DeclaredProtocol
    {
        private static readonly Type[] HandlerInterfaces = { typeof(IMessageHandler<,>), typeof(IRequestHandler<,,>) };

        /// <summary>Every [Message] type of the test assembly, by opcode.</summary>
        public static IReadOnlyDictionary<ushort, DeclaredMessage> Messages { get; } = Read();

        /// <summary>Every role named by an [Authorize(Roles = ...)] on a message or a handler, ordinal order.</summary>
        public static IReadOnlyList<string> Roles { get; } = Messages.Values
            .SelectMany(static message => message.RoleSets.SelectMany(static set => set))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(static role => role, StringComparer.Ordinal)
            .ToArray();

        private static Dictionary<ushort, DeclaredMessage> Read()
        {
            Type[] types = typeof(DeclaredProtocol).Assembly.GetTypes();
            var handlers = new Dictionary<Type, Type>();
            foreach (Type type in types.Where(static type => type.IsClass && !type.IsAbstract))
            {
                foreach (Type implemented in type.GetInterfaces().Where(static i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition())))
                {
                    handlers.Add(implemented.GetGenericArguments()[1], type);
                }
            }

            var messages = new Dictionary<ushort, DeclaredMessage>();
            foreach (Type type in types)
            {
                MessageAttribute? message = type.GetCustomAttribute<MessageAttribute>();
                if (message is null)
                {
                    continue;
                }

                handlers.TryGetValue(type, out Type? handler);
                messages.Add(message.Opcode, new DeclaredMessage(
                    message.Opcode,
                    type,
                    message.Scope,
                    type.GetCustomAttribute<ResponseTypeAttribute>()?.ResponseType,
                    handler,
                    Authorization.Of(type, handler),
                    DeclaredLimits.Of(type, handler)));
            }

            return messages;
        }
    }

    /// <summary>One [Message] type as declared, with the handler class that handles it, if any.</summary>
    public sealed record DeclaredMessage(ushort Opcode, Type Type, MessageScope Scope, Type? ResponseType, Type? Handler, Authorization Authorization, DeclaredLimits Limits)
    {
        /// <summary>
        /// An Outer request anonymous sessions may send with no declared rate limit per connection or per remote address: the
        /// anonymous default applies.
        /// </summary>
        public bool GetsAnonymousDefault =>
            Scope == MessageScope.Outer && IsRequest && Authorization.AuthorizeCount == 0 && Authorization.AllowAnonymous && !Limits.LimitsEachAnonymousSource;

        /// <summary>The rate rules dispatch checks before decoding: every declared one, and the anonymous default where it applies.</summary>
        public int RateRules => Authorization.IsDeniedByDefault ? 0 : Limits.Rates.Count + (GetsAnonymousDefault ? 1 : 0);

        public bool IsRateLimited => RateRules != 0;

        /// <summary>Dispatch takes a concurrency slot before the handler: a [MaxConcurrency] on the message or its handler.</summary>
        public bool IsConcurrencyLimited => !Authorization.IsDeniedByDefault && Limits.ConcurrencyCount != 0;

        public bool IsRequest => typeof(IRequest).IsAssignableFrom(Type);

        public bool IsResponse => typeof(IResponse).IsAssignableFrom(Type);

        public IEnumerable<string[]> RoleSets => Authorization.RoleSets;

        /// <summary>It declares a rule its generated Validate checks: [Range], [MinLength], [Required] or an OnValidate hook.</summary>
        public bool DeclaresValidation =>
            Type.GetProperties().Any(static property =>
                property.IsDefined(typeof(RangeAttribute)) || property.IsDefined(typeof(MinLengthAttribute)) || property.IsDefined(typeof(RequiredAttribute)))
            || Type.GetMethod("OnValidate", BindingFlags.Instance | BindingFlags.NonPublic) is not null;
    }

    /// <summary>What authorization the dispatch issue requires of a session for one handled message.</summary>
    public enum AuthorizationOutcome
    {
        Allowed,
        Unauthorized,
        Forbidden,
    }

    /// <summary>
    /// The authorization attributes on a message and on its handler, and the rules over them: every [Authorize] present
    /// needs an authenticated session holding one of its roles (any role when it lists none); without [Authorize],
    /// [AllowAnonymous] on either lets every session in; with neither, the message is denied to everyone.
    /// </summary>
    public sealed record Authorization(bool AllowAnonymous, IReadOnlyList<string[]> RoleSets, int AuthorizeCount)
    {
        public bool IsDeniedByDefault => AuthorizeCount == 0 && !AllowAnonymous;

        public static Authorization Of(Type message, Type? handler)
        {
            var authorize = new List<AuthorizeAttribute>();
            bool allowAnonymous = false;
            foreach (Type type in handler is null ? new[] { message } : new[] { message, handler })
            {
                if (type.GetCustomAttribute<AuthorizeAttribute>() is { } attribute)
                {
                    authorize.Add(attribute);
                }

                allowAnonymous |= type.IsDefined(typeof(AllowAnonymousAttribute));
            }

            string[][] roleSets = authorize
                .Select(static attribute => (attribute.Roles ?? "").Split(',').Select(static role => role.Trim()).Where(static role => role.Length != 0).ToArray())
                .Where(static roles => roles.Length != 0)
                .ToArray();
            return new Authorization(allowAnonymous, roleSets, authorize.Count);
        }

        public AuthorizationOutcome Decide(IProtocolSession session)
        {
            if (AuthorizeCount == 0)
            {
                return AllowAnonymous ? AuthorizationOutcome.Allowed : AuthorizationOutcome.Forbidden;
            }

            if (!session.IsAuthenticated)
            {
                return AuthorizationOutcome.Unauthorized;
            }

            return RoleSets.All(roles => roles.Any(session.IsInRole)) ? AuthorizationOutcome.Allowed : AuthorizationOutcome.Forbidden;
        }

        /// <summary>A short reading of the rule, for the test that pins the oracle to the protocol as written.</summary>
        public override string ToString() =>
            IsDeniedByDefault ? "denied"
            : AuthorizeCount == 0 ? "anyone"
            : RoleSets.Count == 0 ? "authenticated"
            : "authenticated in " + string.Join(" and in ", RoleSets.Select(static roles => string.Join("|", roles)));
    }

    /// <summary>The [RateLimit] and [MaxConcurrency] attributes on a message and on its handler.</summary>
    public sealed record DeclaredLimits(IReadOnlyList<RateLimitAttribute> Rates, int ConcurrencyCount)
    {
        /// <summary>A declared rate limit per connection or per remote address: it replaces the anonymous default.</summary>
        public bool LimitsEachAnonymousSource => Rates.Any(static rate => (rate.Per & (RateLimitPartition.Connection | RateLimitPartition.RemoteAddress)) != 0);

        public static DeclaredLimits Of(Type message, Type? handler)
        {
            Type[] types = handler is null ? new[] { message } : new[] { message, handler };
            return new DeclaredLimits(
                types.SelectMany(static type => type.GetCustomAttributes<RateLimitAttribute>()).ToArray(),
                types.Count(static type => type.IsDefined(typeof(MaxConcurrencyAttribute))));
        }
    }
}
