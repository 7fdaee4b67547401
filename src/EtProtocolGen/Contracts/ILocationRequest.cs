namespace EtProtocolGen
{
    /// <summary>
    /// A request addressed to an entity (a unit, a room) rather than to the server that received it (ET's
    /// <c>ILocationRequest</c>, "actor location"): a gate forwards it to wherever the entity lives and relays the response,
    /// with the client's own <see cref="IRequest.RpcId"/> restored. The gate forwards only what its own dispatch accepted
    /// from the session; the target dispatches it again with the identity the gate forwarded.
    /// </summary>
    public interface ILocationRequest : IRequest
    {
    }
}
