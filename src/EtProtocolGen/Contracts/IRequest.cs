namespace EtProtocolGen
{
    /// <summary>A request (ET's <c>IRequest</c>): answered by exactly one response that carries the same <see cref="RpcId"/>.</summary>
    public interface IRequest : IMessage
    {
        /// <summary>Correlates the request with its response; chosen by the sender.</summary>
        int RpcId { get; set; }
    }
}
