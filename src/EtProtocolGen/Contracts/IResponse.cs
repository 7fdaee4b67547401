namespace EtProtocolGen
{
    /// <summary>A response (ET's <c>IResponse</c>): carries the request's <see cref="RpcId"/> and an error code (0 = success).</summary>
    public interface IResponse : IMessage
    {
        /// <summary>The <see cref="IRequest.RpcId"/> of the request this answers.</summary>
        int RpcId { get; set; }

        /// <summary>0 on success; otherwise an error code (see <c>ErrorCodes</c> for the codes dispatch uses).</summary>
        int Error { get; set; }

        /// <summary>An optional human-readable message. Never set it from exception text.</summary>
        string Message { get; set; }
    }
}
