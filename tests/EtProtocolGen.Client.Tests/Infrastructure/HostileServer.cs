using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using EtProtocolGen.Framing;

namespace EtProtocolGen.Client.Tests.Infrastructure
{
    /// <summary>A listener that accepts the client's one connection and lets the test write to it.</summary>
    public sealed class HostileServer : IAsyncDisposable
    {
        private readonly TcpListener _listener;
        private readonly Socket _peer;

        private HostileServer(TcpListener listener, Socket peer, ProtocolClient client)
        {
            _listener = listener;
            _peer = peer;
            Client = client;
        }

        public ProtocolClient Client { get; }

        public static async Task<HostileServer> StartAsync(ProtocolClientOptions? options = null)
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            Task<Socket> accepting = listener.AcceptSocketAsync();
            options ??= new ProtocolClientOptions();
            options.RequestTimeout = Patience.Timeout;
            ProtocolClient client = await ProtocolClient.ConnectAsync(listener.LocalEndpoint, ProtocolRegistry.TryParse, options);
            return new HostileServer(listener, await accepting.WaitAsync(Patience.Timeout), client);
        }

        public async Task SendAsync(byte[] bytes) => await _peer.SendAsync(bytes);

        /// <summary>Receives one frame the client sent.</summary>
        public async Task<byte[]> ReceiveAsync()
        {
            var header = new byte[FrameFormat.LengthSize];
            await ReceiveExactlyAsync(header);
            int length = BitConverter.ToInt32(header);
            var frame = new byte[FrameFormat.LengthSize + length];
            header.CopyTo(frame, 0);
            await ReceiveExactlyAsync(frame.AsMemory(FrameFormat.LengthSize));
            return frame;
        }

        /// <summary>Receives one request frame the client sent and returns its RpcId.</summary>
        public async Task<int> ReceiveRpcIdAsync() => C2G_Ping.Parse((await ReceiveAsync()).AsSpan(FrameFormat.HeaderSize)).RpcId;

        public void CloseConnection() => _peer.Shutdown(SocketShutdown.Both);

        public async ValueTask DisposeAsync()
        {
            await Client.DisposeAsync();
            _peer.Dispose();
            _listener.Stop();
        }

        private async Task ReceiveExactlyAsync(Memory<byte> buffer)
        {
            while (!buffer.IsEmpty)
            {
                int read = await _peer.ReceiveAsync(buffer).AsTask().WaitAsync(Patience.Timeout);
                Assert.NotEqual(0, read);
                buffer = buffer.Slice(read);
            }
        }
    }
}
