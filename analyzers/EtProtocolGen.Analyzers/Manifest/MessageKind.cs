namespace EtProtocolGen.Analyzers.Manifest
{
    /// <summary>What a message is for, from the contract it implements.</summary>
    internal enum MessageKind
    {
        /// <summary>It implements neither <c>IRequest</c> nor <c>IResponse</c>: sent without an answer.</summary>
        OneWay,

        /// <summary>It implements <c>IRequest</c>: answered by its [ResponseType].</summary>
        Request,

        /// <summary>It implements <c>IResponse</c>: the answer to a request.</summary>
        Response,
    }
}
