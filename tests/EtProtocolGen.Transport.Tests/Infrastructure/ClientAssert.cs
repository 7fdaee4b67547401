using System.Threading.Tasks;
using EtProtocolGen.Client;
using EtProtocolGen.Transport.Diagnostics;

namespace EtProtocolGen.Transport.Tests.Infrastructure
{
    public static class ClientAssert
    {
        /// <summary>
        /// The server closed the connection within the test's patience. A close with unread bytes in the server's socket
        /// arrives as a reset, so both an orderly close and a reset count.
        /// </summary>
        public static async Task ClosedByServerAsync(ProtocolClient client)
        {
            CloseReason reason = await client.Closed.WaitAsync(TestServer.Patience);
            Assert.True(reason == CloseReason.PeerClosed || reason == CloseReason.TransportError, "closed with " + reason);
        }
    }
}
