namespace EtProtocolGen
{
    /// <summary>What <see cref="RpcClient.OnResponse"/> did with an incoming response.</summary>
    public enum ResponseMatch
    {
        /// <summary>A pending request with the response's RpcId and type was completed.</summary>
        Completed = 0,

        /// <summary>
        /// Refused: no request with that RpcId is pending (never sent, already answered, timed out or canceled).
        /// A peer that sends many of these is misbehaving.
        /// </summary>
        UnknownRpcId = 1,

        /// <summary>
        /// Refused: a request with that RpcId is pending but expects another response type. The request stays pending,
        /// so the right response (or its timeout) still completes it.
        /// </summary>
        WrongResponseType = 2,
    }
}
