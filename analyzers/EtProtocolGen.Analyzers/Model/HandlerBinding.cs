using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Analyzers.Model
{
    /// <summary>One <c>IMessageHandler&lt;TSession, TMessage&gt;</c> or <c>IRequestHandler&lt;TSession, TRequest, TResponse&gt;</c> a handler implements.</summary>
    internal readonly struct HandlerBinding
    {
        public HandlerBinding(INamedTypeSymbol handler, INamedTypeSymbol handlerInterface, ITypeSymbol session, ITypeSymbol message, ITypeSymbol? response)
        {
            Handler = handler;
            Interface = handlerInterface;
            Session = session;
            Message = message;
            Response = response;
        }

        public INamedTypeSymbol Handler { get; }

        public INamedTypeSymbol Interface { get; }

        public ITypeSymbol Session { get; }

        public ITypeSymbol Message { get; }

        /// <summary>Null for a one-way message handler.</summary>
        public ITypeSymbol? Response { get; }
    }
}
