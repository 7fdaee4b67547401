using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Dispatch.Model
{
    /// <summary>The authorization attributes on one message type or handler class.</summary>
    /// <param name="AllowAnonymous">It carries <c>[AllowAnonymous]</c>.</param>
    /// <param name="Authorize">It carries <c>[Authorize]</c>.</param>
    /// <param name="Roles">The trimmed, non-empty names from <c>[Authorize(Roles = "...")]</c>; empty means any authenticated session.</param>
    internal sealed record AuthorizationModel(bool AllowAnonymous, bool Authorize, EquatableArray<string> Roles)
    {
        public static AuthorizationModel None { get; } = new AuthorizationModel(false, false, EquatableArray<string>.Empty);

        /// <summary>The roles of <c>Roles = "..."</c> as dispatch checks them: split at commas, trimmed, empty ones and repeats dropped.</summary>
        public static EquatableArray<string> ParseRoles(string text)
        {
            var roles = new System.Collections.Generic.List<string>();
            foreach (string role in text.Split(','))
            {
                string trimmed = role.Trim();
                if (trimmed.Length != 0 && !roles.Contains(trimmed))
                {
                    roles.Add(trimmed);
                }
            }

            return new EquatableArray<string>(roles.ToArray());
        }

        /// <summary>How the attribute reads in source, for comments in generated code.</summary>
        public string Describe()
        {
            if (Authorize)
            {
                return Roles.IsEmpty ? "[Authorize]" : "[Authorize(Roles = \"" + string.Join(",", Roles) + "\")]";
            }

            return AllowAnonymous ? "[AllowAnonymous]" : "no authorization attribute";
        }
    }
}
