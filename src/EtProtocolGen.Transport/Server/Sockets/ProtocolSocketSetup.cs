using System;
using System.Net;
using System.Net.Sockets;
using EtProtocolGen.Framing;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Options;

namespace EtProtocolGen.Transport.Server.Sockets
{
    /// <summary>
    /// Sizes Kestrel's socket transport to the protocol. The read buffer (<see cref="SocketTransportOptions.MaxReadBufferSize"/>,
    /// host-wide) becomes one frame: an incomplete frame is the most a connection can make the server hold. The kernel's
    /// socket buffers of the protocol's listening sockets (inherited by every connection they accept) become
    /// <see cref="ProtocolServerOptions.SocketSendBufferSize"/> and <see cref="ProtocolServerOptions.SocketReceiveBufferSize"/>:
    /// left to the kernel's autotuning, a peer that does not read can park megabytes in the server's send buffer, and one that
    /// sends while the server does not read, in its receive buffer.
    /// </summary>
    internal sealed class ProtocolSocketSetup : IConfigureOptions<SocketTransportOptions>
    {
        private readonly ProtocolServerOptions _protocol;
        private readonly ProtocolEndpoints _endPoints;

        public ProtocolSocketSetup(IOptions<ProtocolServerOptions> protocol, ProtocolEndpoints endPoints)
        {
            _protocol = protocol.Value;
            _endPoints = endPoints;
        }

        public void Configure(SocketTransportOptions options)
        {
            options.MaxReadBufferSize = FrameFormat.LengthSize + (long)_protocol.MaxFrameSize;
            Func<EndPoint, Socket> create = options.CreateBoundListenSocket;
            options.CreateBoundListenSocket = endPoint =>
            {
                Socket socket = create(endPoint);
                if (_endPoints.Contains(endPoint))
                {
                    if (_protocol.SocketSendBufferSize > 0)
                    {
                        socket.SendBufferSize = _protocol.SocketSendBufferSize;
                    }

                    if (_protocol.SocketReceiveBufferSize > 0)
                    {
                        socket.ReceiveBufferSize = _protocol.SocketReceiveBufferSize;
                    }
                }

                return socket;
            };
        }
    }
}
