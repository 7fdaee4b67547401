using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.IO;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Framing;

namespace EtProtocolGen.Client.Tests.Infrastructure
{
    /// <summary>A loopback server that answers every <see cref="C2G_Ping"/> with a <see cref="G2C_Ping"/>, for as many connections as come.</summary>
    public sealed class PingServer : IAsyncDisposable
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly ConcurrentQueue<Socket> _sockets = new ConcurrentQueue<Socket>();
        private readonly Task _accepting;
        private int _connections;
        private int _cleanCloses;

        public PingServer()
        {
            _listener.Start();
            _accepting = AcceptAsync();
        }

        public IPEndPoint EndPoint => (IPEndPoint)_listener.LocalEndpoint;

        public int Connections => Volatile.Read(ref _connections);

        /// <summary>Connections whose client shut its sending side (a clean close), after which the server closed too.</summary>
        public int CleanCloses => Volatile.Read(ref _cleanCloses);

        /// <summary>
        /// Closes from the server's side every connection accepted before the call. Only those: a client whose Disconnected hook
        /// reconnects at once can be accepted while this runs, and its new connection must stay open.
        /// </summary>
        public void DisconnectAll()
        {
            for (int open = _sockets.Count; open > 0 && _sockets.TryDequeue(out Socket? socket); open--)
            {
                try
                {
                    socket.Shutdown(SocketShutdown.Both);
                }
                catch (Exception exception) when (exception is ObjectDisposedException || exception is SocketException)
                {
                    // The connection had already ended.
                }

                socket.Dispose();
            }
        }

        /// <summary>Answers pings on <paramref name="stream"/> until the client closes its side; true when it did.</summary>
        public static async Task<bool> ServeAsync(Stream stream, CancellationToken cancellationToken)
        {
            PipeReader input = PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));
            try
            {
                while (true)
                {
                    ReadResult result = await input.ReadAsync(cancellationToken);
                    ReadOnlySequence<byte> buffer = result.Buffer;
                    var replies = new ArrayBufferWriter<byte>();
                    while (FrameReader.TryRead(ref buffer, FrameFormat.DefaultMaxFrameSize, out Frame frame, out _) == FrameStatus.Complete)
                    {
                        C2G_Ping ping = C2G_Ping.Parse(frame.Payload);
                        FrameFormat.Write(replies, new G2C_Ping { RpcId = ping.RpcId, Sequence = ping.Sequence }, FrameFormat.DefaultMaxFrameSize);
                    }

                    input.AdvanceTo(buffer.Start, buffer.End);
                    if (replies.WrittenCount > 0)
                    {
                        await stream.WriteAsync(replies.WrittenMemory, cancellationToken);
                        await stream.FlushAsync(cancellationToken);
                    }

                    if (result.IsCompleted)
                    {
                        return true;
                    }
                }
            }
            catch (Exception exception) when (exception is IOException || exception is OperationCanceledException || exception is SocketException || exception is ObjectDisposedException)
            {
                return false;
            }
            finally
            {
                await input.CompleteAsync();
            }
        }

        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            _listener.Stop();
            DisconnectAll();
            try
            {
                await _accepting;
            }
            catch (Exception exception) when (exception is SocketException || exception is OperationCanceledException || exception is ObjectDisposedException)
            {
                // Stopped.
            }

            // And a connection the accept loop took while the first pass ran.
            DisconnectAll();
        }

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                Socket socket = await _listener.AcceptSocketAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
                _sockets.Enqueue(socket);
                _ = ServeSocketAsync(socket);
            }
        }

        private async Task ServeSocketAsync(Socket socket)
        {
            using var stream = new NetworkStream(socket, ownsSocket: true);
            if (await ServeAsync(stream, _stop.Token))
            {
                Interlocked.Increment(ref _cleanCloses);
            }
        }
    }
}
