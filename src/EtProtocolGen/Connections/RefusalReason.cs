namespace EtProtocolGen
{
    /// <summary>
    /// Why a connection refused something its peer sent: the server transport logs and counts every refusal (its
    /// <c>TransportMetrics</c>), the client logs it and counts it in <c>ProtocolClient.Refusals</c>.
    /// </summary>
    public enum RefusalReason
    {
        /// <summary>The frame's declared length exceeds the maximum frame size; refused from the length field alone, before buffering.</summary>
        FrameTooLarge = 0,

        /// <summary>The frame's declared length is too small to hold an opcode.</summary>
        FrameTooShort = 1,

        /// <summary>No complete frame arrived within the handshake timeout of connecting.</summary>
        HandshakeTimeout = 2,

        /// <summary>No complete frame arrived within the idle timeout.</summary>
        IdleTimeout = 3,

        /// <summary>The connection's message rate limit was exhausted; the message was dropped unread.</summary>
        RateLimited = 4,

        /// <summary>Dispatch knows no handler for the opcode.</summary>
        UnknownOpcode = 5,

        /// <summary>The opcode belongs to the other scope (an inner message from a client).</summary>
        ScopeDenied = 6,

        /// <summary>The payload did not decode within the message's limits.</summary>
        Malformed = 7,

        /// <summary>The message requires an authenticated session.</summary>
        Unauthorized = 8,

        /// <summary>The session lacks the message's role, or the message is denied by default.</summary>
        Forbidden = 9,

        /// <summary>The message failed its declared validation.</summary>
        ValidationFailed = 10,

        /// <summary>A response arrived whose RpcId no request waits for, or of the wrong type (client side).</summary>
        UnexpectedResponse = 11,

        /// <summary>
        /// Kestrel refused a connection over <c>MaxConcurrentConnections</c> on accept, before any protocol code ran for it.
        /// Counted from Kestrel's <c>kestrel.rejected_connections</c> counter; Kestrel logs it itself.
        /// </summary>
        ConnectionLimit = 12,

        /// <summary>
        /// Dispatch refused the message under a declared <see cref="RateLimitAttribute"/> or <see cref="MaxConcurrencyAttribute"/>
        /// (or the anonymous default): <see cref="DispatchStatus.RateLimited"/>. A request was answered with <see cref="ErrorCodes.RateLimited"/>.
        /// </summary>
        MessageRateLimited = 13,

        /// <summary>
        /// The remote address (an IPv4 address or an IPv6 /64) opened connections faster than its token bucket allows
        /// (<c>ConnectionsPerSecondPerAddress</c>, <c>ConnectionBurstPerAddress</c>); closed on accept, nothing read.
        /// </summary>
        AddressConnectionRate = 14,

        /// <summary>The remote address already holds <c>MaxConnectionsPerAddress</c> connections; closed on accept, nothing read.</summary>
        AddressConnectionLimit = 15,

        /// <summary>The remote address already holds <c>MaxUnauthenticatedConnectionsPerAddress</c> connections that have not logged in; closed on accept.</summary>
        AddressUnauthenticatedLimit = 16,

        /// <summary>The server already holds <c>MaxUnauthenticatedConnections</c> connections that have not logged in; closed on accept.</summary>
        UnauthenticatedLimit = 17,

        /// <summary>The connection did not authenticate within <c>LoginTimeout</c> of being accepted; closed.</summary>
        LoginTimeout = 18,

        /// <summary>
        /// The connection was closed to keep the bytes of all incomplete frames within the server's budget
        /// (<c>MaxPartialFrameBytes</c>): it had held its incomplete frame the longest.
        /// </summary>
        MemoryBudget = 19,

        /// <summary>
        /// The server held <c>MaxUnauthenticatedConnections</c> connections that had not logged in when a new one arrived, and
        /// this one, the oldest of the address holding the most of them, was closed to make room for it.
        /// </summary>
        UnauthenticatedEvicted = 20,
    }
}
