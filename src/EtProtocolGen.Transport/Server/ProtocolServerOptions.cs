using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using EtProtocolGen.Framing;

namespace EtProtocolGen.Transport.Server
{
    /// <summary>The limits a server enforces on every connection. The defaults suit an ET-style game server.</summary>
    public sealed class ProtocolServerOptions
    {
        /// <summary>The largest declared frame length (opcode plus payload) accepted; a larger one closes the connection unread. Default 64 KiB.</summary>
        public int MaxFrameSize { get; set; } = FrameFormat.DefaultMaxFrameSize;

        /// <summary>How long a new connection may take to deliver its first complete frame. Default 10 seconds.</summary>
        public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>How long a connection may go without delivering a complete frame. Default 60 seconds.</summary>
        public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>
        /// How long the connection's writer may wait for a peer that does not read (one flush into the socket); then the
        /// connection is closed. Default 10 seconds.
        /// </summary>
        public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>Sustained messages per second a connection may send (the token bucket's refill rate). Default 50.</summary>
        public int MessagesPerSecond { get; set; } = 50;

        /// <summary>Messages a connection may send in a burst (the token bucket's size). Default 100.</summary>
        public int MessageBurst { get; set; } = 100;

        /// <summary>Refused messages after which the connection is closed. Default 10.</summary>
        public int MaxRefusals { get; set; } = 10;

        /// <summary>
        /// Close at once on an unknown or out-of-scope opcode or an undecodable payload, which a well-behaved client never sends.
        /// Default true.
        /// </summary>
        public bool CloseOnProtocolViolation { get; set; } = true;

        /// <summary>Connections Kestrel serves at once; more are refused on accept (Kestrel's <c>MaxConcurrentConnections</c>). Default 10,000.</summary>
        public long MaxConcurrentConnections { get; set; } = 10_000;

        /// <summary>
        /// Bytes all connections together may hold in incomplete frames (charged in whole 4 KiB pool blocks). Past it, the
        /// connections that have held their incomplete frame the longest are closed. At least one whole frame. Default 64 MiB.
        /// </summary>
        public long MaxPartialFrameBytes { get; set; } = 64L * 1024 * 1024;

        /// <summary>
        /// The kernel's send buffer of every protocol connection, in bytes (set on the listening socket, which its connections
        /// inherit); 0 leaves it to the kernel's autotuning, which on Linux lets a peer that does not read park up to
        /// <c>net.ipv4.tcp_wmem</c>'s maximum (4 MiB) in it. Default 64 KiB: plenty for a game's messages, and a slow reader
        /// reaches its outbound queue's bound soon. Linux doubles the value for its bookkeeping.
        /// </summary>
        public int SocketSendBufferSize { get; set; } = 64 * 1024;

        /// <summary>
        /// The kernel's receive buffer of every protocol connection, in bytes (set on the listening socket); 0 leaves it to the
        /// kernel's autotuning (up to <c>net.ipv4.tcp_rmem</c>'s maximum), which a peer that sends while the server has stopped
        /// reading it would fill. Default 64 KiB.
        /// </summary>
        public int SocketReceiveBufferSize { get; set; } = 64 * 1024;

        /// <summary>
        /// Frames one connection's outbound queue holds at most (queued by sends and not yet written to the socket); a send
        /// that would exceed it closes the connection as a slow consumer. Default 1,024.
        /// </summary>
        public int MaxOutboundFrames { get; set; } = 1_024;

        /// <summary>
        /// Bytes one connection's outbound queue holds at most; a send that would exceed them closes the connection as a slow
        /// consumer. At least one whole frame. Default 256 KiB (four frames of the default maximum size).
        /// </summary>
        public long MaxOutboundBytes { get; set; } = 256 * 1024;

        /// <summary>
        /// Connections one remote address may hold at once (an IPv4 address, or an IPv6 /64 prefix, which one subscriber
        /// usually owns whole); more are closed on accept. Default 100, 1 % of <see cref="MaxConcurrentConnections"/>.
        /// </summary>
        public int MaxConnectionsPerAddress { get; set; } = 100;

        /// <summary>Sustained new connections per second one remote address may open (a token bucket's refill rate). Default 10.</summary>
        public int ConnectionsPerSecondPerAddress { get; set; } = 10;

        /// <summary>New connections one remote address may open in a burst (the token bucket's size). Default 20.</summary>
        public int ConnectionBurstPerAddress { get; set; } = 20;

        /// <summary>
        /// How long a connection may stay unauthenticated (<see cref="IProtocolSession.IsAuthenticated"/> false) after it was
        /// accepted; then it is closed. Frames it sends meanwhile, even handled ones, do not extend it. Default 30 seconds.
        /// </summary>
        public TimeSpan LoginTimeout { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>
        /// Unauthenticated connections the server holds at once, from all addresses. When all places are taken, a new connection
        /// takes the place of the oldest unauthenticated connection of the address holding the most, if that address holds more
        /// than the newcomer's (that connection is closed, <see cref="CloseReason.UnauthenticatedEvicted"/>); otherwise it is
        /// closed on accept. Default 1,000.
        /// </summary>
        public int MaxUnauthenticatedConnections { get; set; } = 1_000;

        /// <summary>Unauthenticated connections one remote address may hold at once; more are closed on accept. Default 20.</summary>
        public int MaxUnauthenticatedConnectionsPerAddress { get; set; } = 20;

        /// <summary>
        /// Networks exempt from the per-address limits (inner servers, trusted proxies whose connections all share the proxy's
        /// address). The global limits still apply to them. Empty by default.
        /// </summary>
        public IList<IPNetwork> ExemptNetworks { get; } = new List<IPNetwork>();

        /// <summary>
        /// Log entries about single connections (refusals, closes, failed sends and handlers) the transport writes per second
        /// at most; the others are counted and reported in one entry when logging resumes. <see cref="Diagnostics.TransportMetrics"/>
        /// counts every refusal regardless. Default 20.
        /// </summary>
        public int MaxLogEntriesPerSecond { get; set; } = 20;

        /// <summary>Throws when a limit is out of range.</summary>
        public void Validate()
        {
            Require(MaxFrameSize >= FrameFormat.OpcodeSize, nameof(MaxFrameSize), MaxFrameSize);
            Require(HandshakeTimeout > TimeSpan.Zero, nameof(HandshakeTimeout), HandshakeTimeout);
            Require(IdleTimeout > TimeSpan.Zero, nameof(IdleTimeout), IdleTimeout);
            Require(SendTimeout > TimeSpan.Zero, nameof(SendTimeout), SendTimeout);
            Require(MessagesPerSecond > 0, nameof(MessagesPerSecond), MessagesPerSecond);
            Require(MessageBurst > 0, nameof(MessageBurst), MessageBurst);
            Require(MaxRefusals > 0, nameof(MaxRefusals), MaxRefusals);
            Require(MaxConcurrentConnections > 0, nameof(MaxConcurrentConnections), MaxConcurrentConnections);
            Require(MaxPartialFrameBytes >= FrameFormat.LengthSize + (long)MaxFrameSize, nameof(MaxPartialFrameBytes), MaxPartialFrameBytes);
            Require(SocketSendBufferSize >= 0, nameof(SocketSendBufferSize), SocketSendBufferSize);
            Require(SocketReceiveBufferSize >= 0, nameof(SocketReceiveBufferSize), SocketReceiveBufferSize);
            Require(MaxOutboundFrames > 0, nameof(MaxOutboundFrames), MaxOutboundFrames);
            Require(MaxOutboundBytes >= FrameFormat.LengthSize + (long)MaxFrameSize, nameof(MaxOutboundBytes), MaxOutboundBytes);
            Require(MaxConnectionsPerAddress > 0, nameof(MaxConnectionsPerAddress), MaxConnectionsPerAddress);
            Require(ConnectionsPerSecondPerAddress > 0, nameof(ConnectionsPerSecondPerAddress), ConnectionsPerSecondPerAddress);
            Require(ConnectionBurstPerAddress > 0, nameof(ConnectionBurstPerAddress), ConnectionBurstPerAddress);
            Require(LoginTimeout > TimeSpan.Zero, nameof(LoginTimeout), LoginTimeout);
            Require(MaxUnauthenticatedConnections > 0, nameof(MaxUnauthenticatedConnections), MaxUnauthenticatedConnections);
            Require(MaxUnauthenticatedConnectionsPerAddress > 0, nameof(MaxUnauthenticatedConnectionsPerAddress), MaxUnauthenticatedConnectionsPerAddress);
            Require(MaxLogEntriesPerSecond > 0, nameof(MaxLogEntriesPerSecond), MaxLogEntriesPerSecond);
        }

        private static void Require(bool condition, string name, object value)
        {
            if (!condition)
            {
                throw new ArgumentOutOfRangeException(name, value, name + " is out of range: " + Convert.ToString(value, CultureInfo.InvariantCulture) + ".");
            }
        }
    }
}
