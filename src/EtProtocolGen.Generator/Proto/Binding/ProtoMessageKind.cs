namespace EtProtocolGen.Generator.Proto.Binding
{
    /// <summary>What a .proto message is to dispatch: from <c>(etp.kind)</c> in proto3, from <c>// IInterface</c> in ET's dialect.</summary>
    internal enum ProtoMessageKind
    {
        /// <summary>A value used only inside other messages: no opcode, no interface.</summary>
        Value,

        /// <summary>A one-way message (<c>IMessage</c>, ET's <c>ISessionMessage</c>).</summary>
        Message,

        /// <summary>A request answered by its response type (<c>IRequest</c>, ET's <c>ISessionRequest</c>).</summary>
        Request,

        /// <summary>A response (<c>IResponse</c>, ET's <c>ISessionResponse</c>, <c>ILocationResponse</c>).</summary>
        Response,

        /// <summary>A one-way message forwarded to an entity, which acknowledges it to the forwarder (<c>ILocationMessage</c>).</summary>
        LocationMessage,

        /// <summary>A request forwarded to an entity, its response relayed back (<c>ILocationRequest</c>).</summary>
        LocationRequest,
    }
}
