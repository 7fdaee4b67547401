using System;
using EtProtocolGen.Framing;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Client
{
    /// <summary>How a <see cref="ProtocolClient"/> behaves. The defaults match the server transport's <c>ProtocolServerOptions</c>.</summary>
    public sealed class ProtocolClientOptions
    {
        /// <summary>
        /// The largest declared frame length (opcode plus payload) accepted from the server, and sent to it.
        /// A larger incoming one closes the connection unread. Default 64 KiB.
        /// </summary>
        public int MaxFrameSize { get; set; } = FrameFormat.DefaultMaxFrameSize;

        /// <summary>How long a request waits for its response unless the call gives its own timeout. Default 30 seconds.</summary>
        public TimeSpan RequestTimeout { get; set; } = RpcClient.DefaultTimeout;

        /// <summary>How long one send may wait for a server that does not read before the connection is closed. Default 10 seconds.</summary>
        public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>
        /// Called on the read loop for every decoded message that is not a response to a pending request (server pushes).
        /// Keep it short; an exception it throws is logged and the connection stays open.
        /// </summary>
        public Action<IWireMessage>? MessageReceived { get; set; }

        /// <summary>Where refusals, failing callbacks and the close are logged; none when null.</summary>
        public ILogger? Logger { get; set; }

        internal void Validate()
        {
            if (MaxFrameSize < FrameFormat.OpcodeSize)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxFrameSize), MaxFrameSize, "MaxFrameSize must hold at least the opcode.");
            }

            if (SendTimeout <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(SendTimeout), SendTimeout, "SendTimeout must be positive.");
            }
        }
    }
}
