using System;

namespace EtProtocolGen
{
    /// <summary>
    /// Only an authenticated session may send this message; with <see cref="Roles"/>, only a session in
    /// one of the listed roles. May also be put on a handler class.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class AuthorizeAttribute : Attribute
    {
        /// <summary>Requires an authenticated session.</summary>
        public AuthorizeAttribute()
        {
        }

        /// <summary>A comma-separated list of roles; the session must be in at least one. Null or empty: any authenticated session.</summary>
        public string? Roles { get; set; }
    }
}
