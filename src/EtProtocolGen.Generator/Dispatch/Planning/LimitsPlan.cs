using System.Collections.Generic;
using EtProtocolGen.Generator.Dispatch.Model;

namespace EtProtocolGen.Generator.Dispatch.Planning
{
    /// <summary>
    /// The limits one dispatcher enforces: a static rule field per declaration (a handler class's rules once, shared by every
    /// message it handles; a message's and the anonymous default per message), and per route which rules it checks before
    /// decoding and which concurrency slots it takes before the handler. Built from models only.
    /// </summary>
    internal sealed class LimitsPlan
    {
        private readonly Dictionary<string, RouteLimits> _routes = new Dictionary<string, RouteLimits>(System.StringComparer.Ordinal);

        private LimitsPlan()
        {
        }

        /// <summary>The rule fields, in the order they are declared in the dispatcher.</summary>
        public List<RuleField> Fields { get; } = new List<RuleField>();

        /// <summary>The dispatcher takes an <c>IDispatchLimiter</c>: some route checks a limit.</summary>
        public bool UsesLimiter { get; private set; }

        /// <summary>The limits of <paramref name="route"/>.</summary>
        public RouteLimits For(DispatcherPlan.Route route) => _routes[route.MethodName];

        public static LimitsPlan Build(DispatcherPlan plan, RateLimitModel anonymousDefault)
        {
            var limits = new LimitsPlan();
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            var handlerFields = new Dictionary<string, (List<RuleField> Rates, RuleField? Concurrency)>(System.StringComparer.Ordinal);
            foreach (DispatcherPlan.Route route in plan.Routes)
            {
                HandlerModel handler = route.Handler;
                DispatchMessageModel message = handler.Message;
                var routeLimits = new RouteLimits();
                limits._routes.Add(route.MethodName, routeLimits);
                if (route.Parameter is null)
                {
                    // Denied by default: refused at authorization, no limit is ever reached.
                    continue;
                }

                routeLimits.Problem = EffectiveLimits.FirstProblem(message.Limits) ?? EffectiveLimits.FirstProblem(handler.Limits);
                if (routeLimits.Problem is not null)
                {
                    continue;
                }

                string messageKey = route.MethodName.Substring("Dispatch".Length);
                for (int i = 0; i < message.Limits.Rates.Length; i++)
                {
                    routeLimits.Rates.Add(limits.Add(names, messageKey + "_Rate" + Index(i), message.Limits.Rates[i], null));
                }

                if (!handlerFields.TryGetValue(handler.HandlerTypeName, out (List<RuleField> Rates, RuleField? Concurrency) shared))
                {
                    string handlerKey = route.Parameter.Name.TrimStart('@');
                    shared = (new List<RuleField>(), null);
                    for (int i = 0; i < handler.Limits.Rates.Length; i++)
                    {
                        shared.Rates.Add(limits.Add(names, handlerKey + "_Rate" + Index(i), handler.Limits.Rates[i], null));
                    }

                    if (handler.Limits.Concurrency is not null)
                    {
                        shared.Concurrency = limits.Add(names, handlerKey + "_Concurrency", null, handler.Limits.Concurrency);
                    }

                    handlerFields.Add(handler.HandlerTypeName, shared);
                }

                routeLimits.Rates.AddRange(shared.Rates);
                routeLimits.WhyNoAnonymousDefault = EffectiveLimits.WhyNoAnonymousDefault(
                    message.Scope == DispatchScope.Outer,
                    handler.Kind == HandlerKind.Request,
                    message.Authorization,
                    handler.Authorization,
                    message.Limits,
                    handler.Limits);
                if (routeLimits.WhyNoAnonymousDefault is null)
                {
                    routeLimits.Rates.Add(limits.Add(names, messageKey + "_AnonymousRate", anonymousDefault, null));
                }

                if (message.Limits.Concurrency is not null)
                {
                    routeLimits.Concurrency.Add(limits.Add(names, messageKey + "_Concurrency", null, message.Limits.Concurrency));
                }

                if (shared.Concurrency is not null)
                {
                    routeLimits.Concurrency.Add(shared.Concurrency);
                }
            }

            return limits;
        }

        private static string Index(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);

        private RuleField Add(HashSet<string> names, string key, RateLimitModel? rate, ConcurrencyLimitModel? concurrency)
        {
            string name = "s_" + key;
            for (int i = 2; !names.Add(name); i++)
            {
                name = "s_" + key + "_" + Index(i);
            }

            var field = new RuleField(name, rate, concurrency);
            Fields.Add(field);
            UsesLimiter = true;
            return field;
        }

        /// <summary>One static rule field: a rate rule or a concurrency rule.</summary>
        internal sealed record RuleField(string Name, RateLimitModel? Rate, ConcurrencyLimitModel? Concurrency);

        /// <summary>What one route checks.</summary>
        internal sealed class RouteLimits
        {
            /// <summary>Checked before decoding, in this order.</summary>
            public List<RuleField> Rates { get; } = new List<RuleField>();

            /// <summary>Slots taken right before the handler (the message's, then its handler class's).</summary>
            public List<RuleField> Concurrency { get; } = new List<RuleField>();

            /// <summary>A declared limit that cannot be enforced, with why (ETP0110): the route refuses every message.</summary>
            public string? Problem { get; set; }

            /// <summary>Why the anonymous default does not apply; null when it does.</summary>
            public string? WhyNoAnonymousDefault { get; set; }
        }
    }
}
