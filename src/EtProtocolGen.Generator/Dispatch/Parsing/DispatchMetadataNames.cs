namespace EtProtocolGen.Generator.Dispatch.Parsing
{
    /// <summary>Metadata names of the runtime types that dispatch generation reads (the attributes' names are in <c>Parsing.AttributeNames</c>).</summary>
    internal static class DispatchMetadataNames
    {
        public const string RuntimeNamespace = Generator.Parsing.AttributeNames.RuntimeNamespace;
        public const string MessageHandlerName = "IMessageHandler";
        public const string RequestHandlerName = "IRequestHandler";
        public const string RequestName = "IRequest";
        public const string ResponseName = "IResponse";
        public const string ServiceCollection = "Microsoft.Extensions.DependencyInjection.IServiceCollection";
    }
}
