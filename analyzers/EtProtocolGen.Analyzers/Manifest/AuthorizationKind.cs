namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>Who dispatch lets send a message.</summary>
    internal enum AuthorizationKind
    {
        /// <summary>No authorization attribute: dispatch refuses every session (fail-safe default).</summary>
        Denied,

        /// <summary>[AllowAnonymous] and no [Authorize]: every session, logged in or not.</summary>
        Anonymous,

        /// <summary>[Authorize]: an authenticated session, in one role of each role set when there are any.</summary>
        Authenticated,
    }
}
