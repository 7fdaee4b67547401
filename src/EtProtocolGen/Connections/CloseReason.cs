namespace EtProtocolGen
{
    /// <summary>Why a connection ended.</summary>
    public enum CloseReason
    {
        /// <summary>The peer closed its side.</summary>
        PeerClosed = 0,

        /// <summary>A frame declared a length over the maximum; the stream cannot be resynchronized.</summary>
        FrameTooLarge = 1,

        /// <summary>A frame declared a length too small to hold an opcode.</summary>
        FrameTooShort = 2,

        /// <summary>No complete frame within the handshake timeout.</summary>
        HandshakeTimeout = 3,

        /// <summary>No complete frame within the idle timeout.</summary>
        IdleTimeout = 4,

        /// <summary>An unknown or out-of-scope opcode or an undecodable payload, with <c>CloseOnProtocolViolation</c> set.</summary>
        ProtocolViolation = 5,

        /// <summary>The connection reached its maximum number of refused messages.</summary>
        TooManyRefusals = 6,

        /// <summary>The peer did not read what was sent to it within the send timeout.</summary>
        SendTimeout = 7,

        /// <summary>The local side closed the connection (the application, or a shutdown).</summary>
        LocalClose = 8,

        /// <summary>The connection failed with a transport error (reset, aborted).</summary>
        TransportError = 9,

        /// <summary>The session did not authenticate within <c>LoginTimeout</c> of the connection being accepted.</summary>
        LoginTimeout = 10,

        /// <summary>
        /// The peer did not read what was sent to it fast enough: its outbound queue reached <c>MaxOutboundFrames</c> or
        /// <c>MaxOutboundBytes</c>. Nothing else waited for it.
        /// </summary>
        SlowConsumer = 11,

        /// <summary>
        /// The incomplete frames of all connections exceeded the server's budget (<c>MaxPartialFrameBytes</c>) and this
        /// connection had held its incomplete frame the longest.
        /// </summary>
        MemoryBudget = 12,

        /// <summary>
        /// The session had not authenticated when the server's places for such connections (<c>MaxUnauthenticatedConnections</c>)
        /// were all taken and a new connection arrived: this one, the oldest of the address holding the most places, was
        /// closed to make room.
        /// </summary>
        UnauthenticatedEvicted = 13,
    }
}
