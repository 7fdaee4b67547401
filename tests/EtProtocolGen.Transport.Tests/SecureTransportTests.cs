using System;
using System.Collections.Concurrent;
using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using EtProtocolGen.Client;
using EtProtocolGen.Transport.Tests.Infrastructure;

namespace EtProtocolGen.Transport.Tests
{
    /// <summary>The same frames and limits over WebSocket and over TLS, end to end on loopback.</summary>
    public sealed class SecureTransportTests
    {
        [Fact(Timeout = 20_000)]
        public async Task A_client_plays_a_session_over_WebSocket_and_closes_cleanly()
        {
            await using TestHost host = await TestHost.StartWebSocketAsync();
            var pushes = new BlockingCollection<IWireMessage>();
            ProtocolClient client = await ProtocolClient.ConnectAsync(
                ClientConnectors.WebSocket(host.WebSocketUri), ProtocolRegistry.TryParse, new ProtocolClientOptions { RequestTimeout = TestServer.Patience, MessageReceived = pushes.Add });
            await using (client)
            {
                await AssertSessionAsync(client, pushes);

                Assert.Equal(CloseReason.LocalClose, await client.CloseAsync().WaitAsync(TestServer.Patience));
            }

            await Eventually.TrueAsync(() => host.Metrics.Closes(CloseReason.PeerClosed) == 1);
            Assert.Equal(0, host.Metrics.TotalRefusals);
        }

        [Fact(Timeout = 20_000)]
        public async Task Over_WebSocket_a_frame_over_the_limit_is_refused_from_its_length_and_the_connection_closed()
        {
            await using TestHost host = await TestHost.StartWebSocketAsync(options => options.MaxFrameSize = 1024);
            await using ProtocolClient client = await ProtocolClient.ConnectAsync(ClientConnectors.WebSocket(host.WebSocketUri), ProtocolRegistry.TryParse);

            await client.SendRawAsync(Frames.HeaderOnly(declaredLength: 1025, C2G_Login.Opcode));

            await ClientAssert.ClosedByServerAsync(client);
            await Eventually.TrueAsync(() => host.Metrics.Closes(CloseReason.FrameTooLarge) == 1);
            Assert.Equal(1, host.Metrics.Refusals(RefusalReason.FrameTooLarge));
        }

        [Fact(Timeout = 20_000)]
        public async Task A_client_that_pins_the_servers_certificate_plays_a_session_over_TLS()
        {
            using X509Certificate2 certificate = TestCertificates.CreateSelfSigned("localhost");
            string pinned = certificate.GetCertHashString(HashAlgorithmName.SHA256);
            await using TestHost host = await TestHost.StartTlsAsync(certificate);
            var pushes = new BlockingCollection<IWireMessage>();
            ClientConnector connector = ClientConnectors.Tls(host.TlsEndPoint, "localhost",
                (sender, serverCertificate, chain, errors) => serverCertificate is not null && serverCertificate.GetCertHashString(HashAlgorithmName.SHA256) == pinned);

            ProtocolClient client = await ProtocolClient.ConnectAsync(connector, ProtocolRegistry.TryParse, new ProtocolClientOptions { RequestTimeout = TestServer.Patience, MessageReceived = pushes.Add });
            await using (client)
            {
                await AssertSessionAsync(client, pushes);
                Assert.Equal(CloseReason.LocalClose, await client.CloseAsync().WaitAsync(TestServer.Patience));
            }

            await Eventually.TrueAsync(() => host.Metrics.Closes(CloseReason.PeerClosed) == 1);
        }

        [Fact(Timeout = 20_000)]
        public async Task A_client_refuses_a_server_whose_certificate_is_not_the_pinned_one()
        {
            using X509Certificate2 certificate = TestCertificates.CreateSelfSigned("localhost");
            using X509Certificate2 other = TestCertificates.CreateSelfSigned("localhost");
            string pinned = other.GetCertHashString(HashAlgorithmName.SHA256);
            await using TestHost host = await TestHost.StartTlsAsync(certificate);
            ClientConnector connector = ClientConnectors.Tls(host.TlsEndPoint, "localhost",
                (sender, serverCertificate, chain, errors) => serverCertificate is not null && serverCertificate.GetCertHashString(HashAlgorithmName.SHA256) == pinned);

            await Assert.ThrowsAsync<AuthenticationException>(() => ProtocolClient.ConnectAsync(connector, ProtocolRegistry.TryParse));
            Assert.Equal(0, host.Metrics.Refusals(RefusalReason.Malformed));
        }

        [Fact(Timeout = 20_000)]
        public async Task Without_a_validation_callback_a_self_signed_server_is_refused()
        {
            using X509Certificate2 certificate = TestCertificates.CreateSelfSigned("localhost");
            await using TestHost host = await TestHost.StartTlsAsync(certificate);

            await Assert.ThrowsAsync<AuthenticationException>(() =>
                ProtocolClient.ConnectAsync(ClientConnectors.Tls(host.TlsEndPoint, "localhost"), ProtocolRegistry.TryParse));
        }

        private static async Task AssertSessionAsync(ProtocolClient client, BlockingCollection<IWireMessage> pushes)
        {
            G2C_Login login = await client.Rpc.CallAsync(new C2G_Login { Account = "alice", Password = LoginHandler.Password });
            Assert.Equal(ErrorCodes.Success, login.Error);
            for (int sequence = 1; sequence <= 3; sequence++)
            {
                Assert.Equal(sequence, (await client.Rpc.CallAsync(new C2G_Ping { Sequence = sequence })).Sequence);
            }

            await client.SendAsync(new C2G_Chat { Text = "over the wire" });
            Assert.True(pushes.TryTake(out IWireMessage? push, TestServer.Patience));
            Assert.Equal("over the wire", Assert.IsType<G2C_ChatLine>(push).Text);
        }
    }
}
