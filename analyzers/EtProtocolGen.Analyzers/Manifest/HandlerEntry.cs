namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>One message a handler class handles, with the authorization dispatch evaluates for it (message and handler attributes combined).</summary>
    internal sealed class HandlerEntry
    {
        public HandlerEntry(string name, string message, ManifestScope scope, ManifestAuthorization authorization, DispatchLimits limits, RateLimitEntry? anonymousDefault)
        {
            Name = name;
            Message = message;
            Scope = scope;
            Authorization = authorization;
            Limits = limits;
            AnonymousDefault = anonymousDefault;
        }

        /// <summary>The handler class's full name.</summary>
        public string Name { get; }

        /// <summary>The handled message's full name (it may be declared in another assembly).</summary>
        public string Message { get; }

        /// <summary>The handled message's scope: which dispatcher routes it.</summary>
        public ManifestScope Scope { get; }

        /// <summary>The effective authorization.</summary>
        public ManifestAuthorization Authorization { get; }

        /// <summary>The [RateLimit]s and [MaxConcurrency] declared on the handler class (dispatch applies them on top of the message's).</summary>
        public DispatchLimits Limits { get; }

        /// <summary>
        /// The rate limit dispatch gives this message because anonymous sessions may send it and neither the message nor the
        /// handler limits each connection or address (the assembly's [ProtocolLimits] AnonymousRequest* values); null when it
        /// does not apply.
        /// </summary>
        public RateLimitEntry? AnonymousDefault { get; }

        /// <summary>The rate limits the handler adds to the message's: its own and the anonymous default.</summary>
        public System.Collections.Generic.IReadOnlyList<RateLimitEntry> AddedRates =>
            AnonymousDefault is null ? Limits.Rates : System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Append(Limits.Rates, AnonymousDefault));
    }
}
