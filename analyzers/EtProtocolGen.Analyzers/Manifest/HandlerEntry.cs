namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>One message a handler class handles, with the authorization dispatch evaluates for it (message and handler attributes combined).</summary>
    internal sealed class HandlerEntry
    {
        public HandlerEntry(string name, string message, ManifestScope scope, ManifestAuthorization authorization)
        {
            Name = name;
            Message = message;
            Scope = scope;
            Authorization = authorization;
        }

        /// <summary>The handler class's full name.</summary>
        public string Name { get; }

        /// <summary>The handled message's full name (it may be declared in another assembly).</summary>
        public string Message { get; }

        /// <summary>The handled message's scope: which dispatcher routes it.</summary>
        public ManifestScope Scope { get; }

        /// <summary>The effective authorization.</summary>
        public ManifestAuthorization Authorization { get; }
    }
}
