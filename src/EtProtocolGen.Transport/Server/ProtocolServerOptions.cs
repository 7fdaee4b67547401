using System;
using System.Globalization;
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

        /// <summary>How long sending one message may wait for a peer that does not read. Default 10 seconds.</summary>
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
