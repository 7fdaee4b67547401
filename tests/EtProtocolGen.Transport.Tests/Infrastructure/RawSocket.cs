using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace EtProtocolGen.Transport.Tests.Infrastructure
{
    /// <summary>
    /// Plain sockets bound to a chosen loopback address, for attacks that per-address limits must tell apart from the player:
    /// the player connects from 127.0.0.1, attackers from 127.0.0.2 and up (Linux routes all of 127.0.0.0/8 to lo).
    /// </summary>
    public static class RawSocket
    {
        public static readonly IPAddress Attacker = IPAddress.Parse("127.0.0.2");

        public static async Task<Socket> ConnectAsync(IPEndPoint server, IPAddress from)
        {
            var socket = new Socket(from.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(from, 0));
                await socket.ConnectAsync(server).WaitAsync(TestServer.Patience);
                return socket;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        /// <summary>True when the server closed <paramref name="socket"/> (an orderly close or a reset) within <paramref name="wait"/>.</summary>
        public static async Task<bool> ClosedByServerAsync(Socket socket, TimeSpan wait)
        {
            var buffer = new byte[256];
            using var timeout = new CancellationTokenSource(wait);
            try
            {
                while (true)
                {
                    // Answers the socket may have been sent are read past; only the end of the stream counts.
                    if (await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token) == 0)
                    {
                        return true;
                    }
                }
            }
            catch (SocketException)
            {
                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        public static async Task AssertClosedByServerAsync(Socket socket) =>
            Assert.True(await ClosedByServerAsync(socket, TestServer.Patience), "The server did not close the connection.");
    }
}
