namespace EtProtocolGen
{
    /// <summary>
    /// What generated dispatch needs to know about the connection a message came from.
    /// The host implements it on its session type; dispatch reads it before any handler runs.
    /// </summary>
    public interface IProtocolSession
    {
        /// <summary>True once the host has authenticated the peer (for example after a successful login).</summary>
        bool IsAuthenticated { get; }

        /// <summary>The side this session is on: <see cref="MessageScope.Outer"/> for clients, <see cref="MessageScope.Inner"/> for trusted servers.</summary>
        MessageScope Scope { get; }

        /// <summary>True when the authenticated peer holds <paramref name="role"/> (a name from <see cref="AuthorizeAttribute.Roles"/>).</summary>
        /// <param name="role">One role name, already trimmed.</param>
        bool IsInRole(string role);
    }
}
