namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>
    /// ET's message interfaces (the <c>// IInterface</c> comment after a message's name) and what each means here: the
    /// kind dispatch gives the message and the runtime interface the generated class implements. ET's own interface, if the
    /// compilation declares one of that name, is kept as a marker next to it.
    /// </summary>
    internal static class EtInterfaces
    {
        /// <summary>The kind ET's interface <paramref name="name"/> stands for; false for a name ET does not define.</summary>
        public static bool TryMap(string name, out ProtoMessageKind kind)
        {
            kind = name switch
            {
                "IMessage" or "ISessionMessage" => ProtoMessageKind.Message,
                "IRequest" or "ISessionRequest" => ProtoMessageKind.Request,
                "IResponse" or "ISessionResponse" or "ILocationResponse" => ProtoMessageKind.Response,

                // ET 8.1 sends a location message as a request the target answers with an empty MessageResponse: here the
                // forwarder awaits the entity's acknowledgement and the client gets no response. A room is such an entity.
                "ILocationMessage" or "IRoomMessage" => ProtoMessageKind.LocationMessage,
                "ILocationRequest" => ProtoMessageKind.LocationRequest,
                _ => ProtoMessageKind.Value,
            };
            return kind != ProtoMessageKind.Value;
        }

        /// <summary>The runtime interface a message of <paramref name="kind"/> implements; null for a value.</summary>
        public static string? RuntimeInterface(ProtoMessageKind kind) => kind switch
        {
            ProtoMessageKind.Message => "global::EtProtocolGen.IMessage",
            ProtoMessageKind.Request => "global::EtProtocolGen.IRequest",
            ProtoMessageKind.Response => "global::EtProtocolGen.IResponse",
            ProtoMessageKind.LocationMessage => "global::EtProtocolGen.ILocationMessage",
            ProtoMessageKind.LocationRequest => "global::EtProtocolGen.ILocationRequest",
            _ => null,
        };

        public static bool IsRequest(ProtoMessageKind kind) => kind is ProtoMessageKind.Request or ProtoMessageKind.LocationRequest;
    }
}
