namespace EtProtocolGen.Generator.Dispatch.Model
{
    /// <summary>Which handler interface a handler implements for one message.</summary>
    internal enum HandlerKind
    {
        /// <summary><c>IMessageHandler&lt;TSession, TMessage&gt;</c>: one-way.</summary>
        Message,

        /// <summary><c>IRequestHandler&lt;TSession, TRequest, TResponse&gt;</c>: returns the response.</summary>
        Request,
    }
}
