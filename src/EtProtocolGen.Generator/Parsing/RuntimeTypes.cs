using Microsoft.CodeAnalysis;

namespace EtProtocolGen.Generator.Parsing
{
    /// <summary>
    /// The runtime's interfaces and types that the generators and analyzers recognise, matched like the attributes
    /// (<see cref="AttributeNames"/>): by name, arity and the runtime's namespace, never by one symbol looked up per compilation.
    /// Compiled into the analyzers too.
    /// </summary>
    internal static class RuntimeTypes
    {
        /// <summary><c>IMessageHandler&lt;TSession, TMessage&gt;</c>.</summary>
        public const string MessageHandler = "IMessageHandler";

        /// <summary><c>IRequestHandler&lt;TSession, TRequest, TResponse&gt;</c>.</summary>
        public const string RequestHandler = "IRequestHandler";

        /// <summary><c>IMessage</c>: a message sent on its own (one-way, request or response), so one with an opcode.</summary>
        public const string Message = "IMessage";

        /// <summary><c>IRequest</c>: a message answered by one response.</summary>
        public const string Request = "IRequest";

        /// <summary><c>IResponse</c>: a message that answers a request.</summary>
        public const string Response = "IResponse";

        /// <summary><c>IProtocolSession</c>: what a dispatcher reads of a session (scope, authentication, roles).</summary>
        public const string Session = "IProtocolSession";

        /// <summary><c>ErrorCodes</c>: the error codes dispatch answers refusals with.</summary>
        public const string ErrorCodes = "ErrorCodes";

        /// <summary>The metadata name of a non-generic runtime type, for the code fixes that build references to it.</summary>
        public static string MetadataName(string name) => RuntimeContract.Namespace + "." + name;

        /// <summary>True if <paramref name="type"/> (or, for a constructed generic, its definition) is the runtime's <paramref name="name"/> of <paramref name="arity"/>.</summary>
        public static bool Is(ITypeSymbol? type, string name, int arity) =>
            type is INamedTypeSymbol named
            && named.Name == name
            && named.Arity == arity
            && named.ContainingType is null
            && named.ContainingNamespace is { Name: RuntimeContract.Namespace, ContainingNamespace.IsGlobalNamespace: true };

        /// <summary>True if <paramref name="type"/> implements the runtime's non-generic interface <paramref name="name"/>.</summary>
        public static bool Implements(ITypeSymbol type, string name)
        {
            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                if (Is(implemented, name, 0))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
