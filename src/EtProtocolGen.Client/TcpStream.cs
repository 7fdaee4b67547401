using System.Net.Sockets;

namespace EtProtocolGen.Client
{
    /// <summary>The TCP connectors' stream: a <see cref="NetworkStream"/> that can shut its sending side for a clean close.</summary>
    internal sealed class TcpStream : NetworkStream
    {
        public TcpStream(Socket socket)
            : base(socket, ownsSocket: true)
        {
        }

        /// <summary>Sends FIN: the server reads to its end, answers what it still has, and closes.</summary>
        public void ShutdownSend() => Socket.Shutdown(SocketShutdown.Send);
    }
}
