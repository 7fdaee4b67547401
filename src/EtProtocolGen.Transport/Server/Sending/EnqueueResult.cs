namespace EtProtocolGen.Transport.Server.Sending
{
    /// <summary>What <see cref="OutboundQueue.TryEnqueue"/> did with a frame.</summary>
    internal enum EnqueueResult
    {
        /// <summary>Queued; the writer loop owns it now.</summary>
        Queued = 0,

        /// <summary>Over the queue's frame or byte bound: the peer does not keep up.</summary>
        Full = 1,

        /// <summary>The connection is closing; nothing more is sent.</summary>
        Closed = 2,
    }
}
