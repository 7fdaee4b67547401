namespace EtProtocolGen.Generator.Dispatch
{
    /// <summary>Metadata names of the runtime types that dispatch generation reads (the message attribute is shared in <c>Parsing.AttributeNames</c>).</summary>
    internal static class DispatchMetadataNames
    {
        public const string RuntimeNamespace = "EtProtocolGen";
        public const string Authorize = "EtProtocolGen.AuthorizeAttribute";
        public const string AllowAnonymous = "EtProtocolGen.AllowAnonymousAttribute";
        public const string ResponseType = "EtProtocolGen.ResponseTypeAttribute";
        public const string MessageHandlerName = "IMessageHandler";
        public const string RequestHandlerName = "IRequestHandler";
        public const string RequestName = "IRequest";
        public const string ResponseName = "IResponse";
        public const string ServiceCollection = "Microsoft.Extensions.DependencyInjection.IServiceCollection";
    }
}
