namespace EtProtocolGen
{
    /// <summary>
    /// A one-way message addressed to an entity (a unit, a room) rather than to the server that received it (ET's
    /// <c>ILocationMessage</c>, "actor location"): a gate forwards it to wherever the entity lives, for example its grain in
    /// EtProtocolGen.Orleans. The gate forwards only what its own dispatch accepted from the session (scope, decoding,
    /// authorization, validation); the target dispatches it again with the identity the gate forwarded.
    /// </summary>
    public interface ILocationMessage : IMessage
    {
    }
}
