namespace EtProtocolGen.Generator.Dispatch
{
    /// <summary>Names of the dispatch pipeline's steps, for <c>WithTrackingName</c> and the caching tests.</summary>
    internal static class DispatchTrackingNames
    {
        /// <summary>[Message] types declared in the compilation, as models.</summary>
        public const string Messages = "Dispatch.Messages";

        /// <summary>Handler classes, as one model per implemented handler interface.</summary>
        public const string Handlers = "Dispatch.Handlers";

        /// <summary>Handler interfaces whose message the compilation does not show (probably a .proto message), to resolve.</summary>
        public const string PendingHandlers = "Dispatch.PendingHandlers";

        /// <summary>The dispatch models of the .proto files' messages.</summary>
        public const string ProtoMessages = "Dispatch.ProtoMessages";

        /// <summary>The namespaces of the project's global usings, for binding handlers of .proto messages.</summary>
        public const string GlobalUsings = "Dispatch.GlobalUsings";

        /// <summary>The generated namespace and whether DI is referenced.</summary>
        public const string Target = "Dispatch.Target";

        /// <summary>Every message, collected and sorted, with the target.</summary>
        public const string Registry = "Dispatch.Registry";

        /// <summary>The anonymous default rate limit, from the assembly's [ProtocolLimits].</summary>
        public const string AnonymousRateLimit = "Dispatch.AnonymousRateLimit";

        /// <summary>Every handler and message, collected, with the target and the anonymous default rate limit.</summary>
        public const string Dispatchers = "Dispatch.Dispatchers";
    }
}
