using System;
using System.Collections.Generic;
using System.Linq;

namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>
    /// The authorization dispatch applies, in a form that compares: a kind and, for authenticated sessions, the role sets
    /// that must each share a role with the session. Role sets are sorted, so the order roles are listed in source does
    /// not show as a change.
    /// </summary>
    internal sealed class ManifestAuthorization
    {
        public ManifestAuthorization(AuthorizationKind kind, IEnumerable<IEnumerable<string>>? roleSets = null)
        {
            Kind = kind;
            RoleSets = kind == AuthorizationKind.Authenticated && roleSets is not null
                ? roleSets
                    .Select(set => (IReadOnlyList<string>)set.Distinct(StringComparer.Ordinal).OrderBy(role => role, StringComparer.Ordinal).ToArray())
                    .Where(set => set.Count > 0)
                    .GroupBy(set => string.Join(",", set), StringComparer.Ordinal)
                    .OrderBy(group => group.Key, StringComparer.Ordinal)
                    .Select(group => group.First())
                    .ToArray()
                : Array.Empty<IReadOnlyList<string>>();
        }

        public static ManifestAuthorization Denied { get; } = new ManifestAuthorization(AuthorizationKind.Denied);

        public static ManifestAuthorization Anonymous { get; } = new ManifestAuthorization(AuthorizationKind.Anonymous);

        public AuthorizationKind Kind { get; }

        /// <summary>For <see cref="AuthorizationKind.Authenticated"/>: each set must share at least one role with the session; empty means any authenticated session.</summary>
        public IReadOnlyList<IReadOnlyList<string>> RoleSets { get; }

        /// <summary>
        /// True if this admits some session that <paramref name="before"/> refused. An authenticated rule is at least as strict
        /// as another when each of the other's role sets contains one of its own sets (a session that satisfies the smaller
        /// set satisfies the larger).
        /// </summary>
        public bool AdmitsMoreThan(ManifestAuthorization before)
        {
            if (Kind == AuthorizationKind.Denied || before.Kind == AuthorizationKind.Anonymous)
            {
                return false;
            }

            if (before.Kind == AuthorizationKind.Denied || Kind == AuthorizationKind.Anonymous)
            {
                return true;
            }

            foreach (IReadOnlyList<string> required in before.RoleSets)
            {
                if (!RoleSets.Any(set => set.All(role => required.Contains(role, StringComparer.Ordinal))))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>denied</c>, <c>anonymous</c>, <c>authenticated</c> or <c>roles(gm,admin)+roles(server)</c>.</summary>
        public override string ToString() => Kind switch
        {
            AuthorizationKind.Denied => "denied",
            AuthorizationKind.Anonymous => "anonymous",
            _ => RoleSets.Count == 0 ? "authenticated" : string.Join("+", RoleSets.Select(set => "roles(" + string.Join(",", set) + ")")),
        };

        /// <summary>Reads the text <see cref="ToString"/> writes; false if it is not an authorization.</summary>
        public static bool TryParse(string text, out ManifestAuthorization authorization)
        {
            switch (text)
            {
                case "denied":
                    authorization = Denied;
                    return true;
                case "anonymous":
                    authorization = Anonymous;
                    return true;
                case "authenticated":
                    authorization = new ManifestAuthorization(AuthorizationKind.Authenticated);
                    return true;
            }

            var sets = new List<string[]>();
            foreach (string part in text.Split('+'))
            {
                if (!part.StartsWith("roles(", StringComparison.Ordinal) || !part.EndsWith(")", StringComparison.Ordinal) || part.Length == "roles()".Length)
                {
                    authorization = null!;
                    return false;
                }

                sets.Add(part.Substring(6, part.Length - 7).Split(','));
            }

            authorization = new ManifestAuthorization(AuthorizationKind.Authenticated, sets);
            return true;
        }
    }
}
