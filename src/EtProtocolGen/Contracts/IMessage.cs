namespace EtProtocolGen
{
    /// <summary>A protocol message (ET's <c>IMessage</c>): a one-way message or the base of requests and responses.</summary>
    public interface IMessage
    {
    }
}
