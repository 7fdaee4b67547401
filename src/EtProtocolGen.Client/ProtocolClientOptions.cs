using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Framing;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Client
{
    /// <summary>
    /// How a <see cref="ProtocolClient"/> behaves: limits on what the server sends, timeouts, callbacks. The frame limit's default
    /// matches the server transport's <c>ProtocolServerOptions</c>.
    /// </summary>
    public sealed class ProtocolClientOptions
    {
        /// <summary>
        /// The largest declared frame length (opcode plus payload) accepted from the server, and sent to it.
        /// A larger incoming one closes the connection unread. Default 64 KiB.
        /// </summary>
        public int MaxFrameSize { get; set; } = FrameFormat.DefaultMaxFrameSize;

        /// <summary>
        /// Sustained messages per second the server may send that this client did not ask for (pushes, and responses no
        /// request waits for): the token bucket's refill rate. Responses to pending requests never wait for a token. Over
        /// the limit a message is dropped undelivered and refused. Default 1,000.
        /// </summary>
        public int MessagesPerSecond { get; set; } = 1000;

        /// <summary>Such messages the server may send in a burst (the token bucket's size). Default 1,000.</summary>
        public int MessageBurst { get; set; } = 1000;

        /// <summary>
        /// Refused messages after which the client closes the connection (<see cref="CloseReason.TooManyRefusals"/>). A frame
        /// over the limit or one that does not decode closes it at once. Default 100.
        /// </summary>
        public int MaxRefusals { get; set; } = 100;

        /// <summary>How long a request waits for its response unless the call gives its own timeout. Default 30 seconds.</summary>
        public TimeSpan RequestTimeout { get; set; } = RpcClient.DefaultTimeout;

        /// <summary>How long sending may wait for a server that does not read before the connection is closed. Default 10 seconds.</summary>
        public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>How long <see cref="ProtocolClient.CloseAsync"/> waits for the server to close its side before aborting. Default 5 seconds.</summary>
        public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>
        /// Called on the read loop for every decoded message that is not a response to a pending request (server pushes).
        /// Keep it short; an exception it throws is logged and the connection stays open.
        /// </summary>
        public Action<IWireMessage>? MessageReceived { get; set; }

        /// <summary>
        /// Runs after every connection is open, before <see cref="ProtocolClient.ConnectAsync(ClientConnector, MessageDecoder, ProtocolClientOptions?, CancellationToken)"/>
        /// or <see cref="ProtocolClient.ReconnectAsync"/> returns: log in (again) here. An exception it throws fails the connect.
        /// </summary>
        public Func<ProtocolClient, CancellationToken, Task>? Connected { get; set; }

        /// <summary>
        /// The reconnect hook: called once a connection has closed, with the reason (not after the client is disposed).
        /// Call <see cref="ProtocolClient.ReconnectAsync"/> from it (with your back-off) to open a new one; an exception it
        /// throws is logged.
        /// </summary>
        public Action<ProtocolClient, CloseReason>? Disconnected { get; set; }

        /// <summary>
        /// Called on the read loop for every response that carries a refusal code (<see cref="ErrorCodes.IsRefusal"/>), for
        /// example <see cref="ErrorCodes.RateLimited"/> when the server throttles this client; the call completes with the
        /// response as well. Keep it short; an exception it throws is logged.
        /// </summary>
        public Action<IResponse>? RefusedByServer { get; set; }

        /// <summary>Where refusals, failing callbacks and the close are logged; none when null.</summary>
        public ILogger? Logger { get; set; }

        internal void Validate()
        {
            Require(MaxFrameSize >= FrameFormat.OpcodeSize, nameof(MaxFrameSize), MaxFrameSize);
            Require(MessagesPerSecond > 0, nameof(MessagesPerSecond), MessagesPerSecond);
            Require(MessageBurst > 0, nameof(MessageBurst), MessageBurst);
            Require(MaxRefusals > 0, nameof(MaxRefusals), MaxRefusals);
            Require(SendTimeout > TimeSpan.Zero, nameof(SendTimeout), SendTimeout);
            Require(CloseTimeout > TimeSpan.Zero, nameof(CloseTimeout), CloseTimeout);
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
