using System.Threading.Tasks;
using EtProtocolGen.Client;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Transport.Tests.Infrastructure;

namespace EtProtocolGen.Transport.Tests
{
    public sealed class ServerLifecycleTests
    {
        [Fact(Timeout = 10_000)]
        public async Task The_application_can_close_a_connection_and_hears_why_each_one_closed()
        {
            await using TestServer server = await TestServer.StartAsync();
            await using ProtocolClient kicked = await server.ConnectPlayerAsync();
            Assert.True(server.Application.Opened.TryTake(out TestSession? session, TestServer.Patience));

            session!.Connection.Close();

            await ClientAssert.ClosedByServerAsync(kicked);
            Assert.True(server.Application.Closed.TryTake(out var closed, TestServer.Patience));
            Assert.Same(session, closed.Session);
            Assert.Equal(CloseReason.LocalClose, closed.Reason);
            Assert.Equal(1, server.Metrics.Closes(CloseReason.LocalClose));
            await Assert.ThrowsAnyAsync<System.OperationCanceledException>(async () => await session.Connection.SendAsync(new G2C_ChatLine(), default));
        }

        [Fact(Timeout = 10_000)]
        public async Task A_client_that_leaves_is_reported_as_peer_closed()
        {
            await using TestServer server = await TestServer.StartAsync();
            ProtocolClient leaving = await server.ConnectPlayerAsync();

            await leaving.DisposeAsync();

            Assert.True(server.Application.Closed.TryTake(out var closed, TestServer.Patience));
            Assert.Equal(CloseReason.PeerClosed, closed.Reason);
        }

        [Fact(Timeout = 10_000)]
        public async Task Stopping_the_server_closes_open_connections_and_fails_their_pending_requests()
        {
            TestServer server = await TestServer.StartAsync();
            await using ProtocolClient client = await server.ConnectPlayerAsync();

            await server.DisposeAsync();

            await ClientAssert.ClosedByServerAsync(client);
            await Assert.ThrowsAsync<System.IO.IOException>(() => client.Rpc.CallAsync(new C2G_Ping()));
        }
    }
}
