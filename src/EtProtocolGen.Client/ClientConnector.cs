using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace EtProtocolGen.Client
{
    /// <summary>
    /// Opens the byte stream a <see cref="ProtocolClient"/> runs on: a TCP connection, TLS over it, a WebSocket, a test pipe.
    /// The client calls it once to connect and again on every <see cref="ProtocolClient.ReconnectAsync"/>, and owns (disposes)
    /// each stream it returns. <see cref="ClientConnectors"/> has the usual ones.
    /// </summary>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <returns>A connected stream, readable and writable.</returns>
    public delegate ValueTask<Stream> ClientConnector(CancellationToken cancellationToken);
}
