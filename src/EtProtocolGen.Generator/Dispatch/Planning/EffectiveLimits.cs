using EtProtocolGen.Generator.Dispatch.Model;

namespace EtProtocolGen.Generator.Dispatch.Planning
{
    /// <summary>
    /// Which limits dispatch applies to one handled message, from the attributes on the message and on its handler: every
    /// declared [RateLimit] and [MaxConcurrency] of both; an outer request that anonymous sessions may send and that declares
    /// no [RateLimit] per connection or per remote address also gets the anonymous default. Takes the attribute
    /// models rather than a handler model so that the analyzers compile the same file (ETP0109, ETP0110).
    /// </summary>
    internal static class EffectiveLimits
    {
        /// <summary>Why the anonymous default does not apply, for the generated comment; null when it applies.</summary>
        public static string? WhyNoAnonymousDefault(
            bool isOuter,
            bool isRequest,
            AuthorizationModel messageAuthorization,
            AuthorizationModel handlerAuthorization,
            DeclaredLimitsModel messageLimits,
            DeclaredLimitsModel handlerLimits)
        {
            if (!isOuter)
            {
                return "an Inner message: the anonymous default is for Outer requests";
            }

            if (!isRequest)
            {
                return "a one-way message: the anonymous default is for requests";
            }

            if (EffectiveAuthorization.RequiresAuthentication(messageAuthorization, handlerAuthorization))
            {
                return "authenticated sessions only: the anonymous default does not apply";
            }

            if (EffectiveAuthorization.IsDeniedByDefault(messageAuthorization, handlerAuthorization))
            {
                return "denied to every session";
            }

            return LimitsEachAnonymousSource(messageLimits) || LimitsEachAnonymousSource(handlerLimits)
                ? "a declared [RateLimit] throttles each anonymous source"
                : null;
        }

        /// <summary>A declared [RateLimit] per connection or per remote address (<see cref="LimitRules.LimitsEachAnonymousSource"/>).</summary>
        public static bool LimitsEachAnonymousSource(DeclaredLimitsModel limits)
        {
            foreach (RateLimitModel rate in limits.Rates)
            {
                if (LimitRules.LimitsEachAnonymousSource(rate.Partitions))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The first declared limit that cannot be enforced, described with its problem; null when all can.</summary>
        public static string? FirstProblem(DeclaredLimitsModel limits)
        {
            foreach (RateLimitModel rate in limits.Rates)
            {
                if (rate.Problem is string problem)
                {
                    return rate.Describe() + ": " + problem;
                }
            }

            return limits.Concurrency?.Problem is string concurrencyProblem ? limits.Concurrency.Describe() + ": " + concurrencyProblem : null;
        }
    }
}
