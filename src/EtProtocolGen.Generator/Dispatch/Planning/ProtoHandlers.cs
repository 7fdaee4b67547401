using System.Collections.Generic;
using EtProtocolGen.Generator.Dispatch.Model;
using EtProtocolGen.Generator.Helpers;

namespace EtProtocolGen.Generator.Dispatch.Planning
{
    /// <summary>
    /// Resolves the handlers of .proto messages (<see cref="PendingHandlerModel"/>) against the bound .proto messages, as the
    /// compiler will bind the handler's type arguments once the generated classes exist: a name in one of the handler's
    /// namespaces first (its own, the enclosing ones, its file's usings), then in the project's <c>global using</c>
    /// namespaces, then as a qualified name. A reference that names no .proto message the compiler would bind is dropped:
    /// the compiler reports it in the user's code, and the dispatcher never names a handler for a type it does not implement.
    /// </summary>
    internal static class ProtoHandlers
    {
        private const string Global = "global::";

        public static List<HandlerModel> Resolve(EquatableArray<PendingHandlerModel> pending, EquatableArray<DispatchMessageModel> messages, EquatableArray<string> globalUsings)
        {
            var resolved = new List<HandlerModel>();
            foreach (PendingHandlerModel handler in pending)
            {
                if (Find(handler.Message, messages, globalUsings) is not { } message)
                {
                    continue;
                }

                string? response = null;
                if (handler.Response is { } reference)
                {
                    DispatchMessageModel? protoResponse = Find(reference, messages, globalUsings);
                    response = protoResponse?.TypeName ?? reference.FullName;

                    // The handler interface's constraints, as the compiler will check them: TRequest : IRequest, TResponse : IResponse.
                    if (response is null || !message.IsRequest || (protoResponse is not null && !protoResponse.IsResponse))
                    {
                        continue;
                    }
                }

                string handlerInterface = handler.Kind == HandlerKind.Request
                    ? "global::EtProtocolGen.IRequestHandler<" + handler.Session.TypeName + ", " + message.TypeName + ", " + response + ">"
                    : "global::EtProtocolGen.IMessageHandler<" + handler.Session.TypeName + ", " + message.TypeName + ">";
                resolved.Add(new HandlerModel(
                    handler.HandlerTypeName,
                    handler.HandlerName,
                    handler.Kind,
                    handlerInterface,
                    handler.Session,
                    message,
                    response,
                    handler.Authorization,
                    handler.SkipReason,
                    handler.IsPublic,
                    handler.Limits));
            }

            return resolved;
        }

        /// <summary>The .proto message <paramref name="reference"/> names where the handler is, or null.</summary>
        public static DispatchMessageModel? Find(TypeReferenceModel reference, EquatableArray<DispatchMessageModel> messages, EquatableArray<string> globalUsings)
        {
            if (reference.FullName is { } fullName)
            {
                return FindByName(fullName, messages);
            }

            return FindInScopes(reference.Written, reference.Scopes, messages)
                ?? FindInScopes(reference.Written, globalUsings, messages)
                ?? FindByName(Global + reference.Written, messages);
        }

        /// <summary>The message <paramref name="written"/> names in the first of <paramref name="scopes"/> that declares it, or null.</summary>
        private static DispatchMessageModel? FindInScopes(string written, EquatableArray<string> scopes, EquatableArray<DispatchMessageModel> messages)
        {
            foreach (string scope in scopes)
            {
                if (FindByName(Global + scope + "." + written, messages) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        private static DispatchMessageModel? FindByName(string typeName, EquatableArray<DispatchMessageModel> messages)
        {
            foreach (DispatchMessageModel message in messages)
            {
                if (message.TypeName == typeName)
                {
                    return message;
                }
            }

            return null;
        }
    }
}
