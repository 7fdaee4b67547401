using System;
using System.Collections.Generic;
using System.Net.Sockets;
using System.Threading.Tasks;
using EtProtocolGen.Client;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Transport.Tests.Infrastructure;

namespace EtProtocolGen.Transport.Tests
{
    /// <summary>A connection must log in within the login timeout, and unauthenticated connections are capped.</summary>
    public sealed class LoginTimeoutTests
    {
        // Long enough for a first login on a busy machine (JIT of the whole path), short enough for a test.
        private static readonly TimeSpan LoginTimeout = TimeSpan.FromMilliseconds(1500);

        [Fact(Timeout = 20_000)]
        public async Task Handled_anonymous_frames_do_not_extend_the_login_deadline()
        {
            await using TestServer server = await TestServer.StartAsync(options => options.LoginTimeout = LoginTimeout);
            await using ProtocolClient anonymous = await server.ConnectAsync();
            DateTime started = DateTime.UtcNow;

            // Wrong-password logins: handled and answered, never authenticating; one every 100 ms, for at most 3 timeouts.
            int answered = 0;
            while (anonymous.IsConnected && DateTime.UtcNow - started < 3 * LoginTimeout)
            {
                try
                {
                    G2C_Login login = await anonymous.Rpc.CallAsync(new C2G_Login { Account = "guess", Password = "wrong" + answered });
                    Assert.Equal(LoginHandler.WrongPassword, login.Error);
                    answered++;
                }
                catch (System.IO.IOException)
                {
                    break;
                }

                await Task.Delay(100);
            }

            await ClientAssert.ClosedByServerAsync(anonymous);
            TimeSpan lived = DateTime.UtcNow - started;
            Assert.True(answered >= 5, "answered " + answered);
            Assert.InRange(lived, LoginTimeout - TimeSpan.FromMilliseconds(50), 3 * LoginTimeout);
            Assert.Equal(1, server.Metrics.Closes(CloseReason.LoginTimeout));
            Assert.Equal(1, server.Metrics.Refusals(RefusalReason.LoginTimeout));
        }

        [Fact(Timeout = 20_000)]
        public async Task A_session_that_logs_in_outlives_the_login_deadline()
        {
            await using TestServer server = await TestServer.StartAsync(options => options.LoginTimeout = LoginTimeout);
            await using ProtocolClient player = await server.ConnectPlayerAsync();

            await Task.Delay(2 * LoginTimeout);

            await TestServer.AssertServedAsync(player);
            Assert.Equal(0, server.Metrics.Closes(CloseReason.LoginTimeout));
            Assert.Equal(0, server.Server.Admission.UnauthenticatedConnections);
        }

        [Fact(Timeout = 20_000)]
        public async Task An_address_holds_at_most_its_unauthenticated_connections_and_logging_in_frees_a_place()
        {
            const int limit = 3;
            await using TestServer server = await TestServer.StartAsync(options => options.MaxUnauthenticatedConnectionsPerAddress = limit);
            var silent = new List<Socket>();
            try
            {
                for (int i = 0; i < limit - 1; i++)
                {
                    silent.Add(await RawSocket.ConnectAsync(server.EndPoint, RawSocket.Attacker));
                }

                // The last place of the address: this one logs in, and hands its place back.
                using Socket loggingIn = await RawSocket.ConnectAsync(server.EndPoint, RawSocket.Attacker);
                await Eventually.TrueAsync(() => server.Server.Admission.UnauthenticatedConnections == limit);
                using (Socket over = await RawSocket.ConnectAsync(server.EndPoint, RawSocket.Attacker))
                {
                    await RawSocket.AssertClosedByServerAsync(over);
                }

                Assert.Equal(1, server.Metrics.Refusals(RefusalReason.AddressUnauthenticatedLimit));
                await server.AssertServesNewClientAsync();

                await loggingIn.SendAsync(Frames.Of(new C2G_Login { RpcId = 1, Account = "late", Password = LoginHandler.Password }));
                await Eventually.TrueAsync(() => server.Server.Admission.UnauthenticatedConnections == limit - 1);
                silent.Add(await RawSocket.ConnectAsync(server.EndPoint, RawSocket.Attacker));
                await Eventually.TrueAsync(() => server.Server.Admission.UnauthenticatedConnections == limit);
                Assert.Equal(1, server.Metrics.Refusals(RefusalReason.AddressUnauthenticatedLimit));
            }
            finally
            {
                silent.ForEach(static socket => socket.Dispose());
            }
        }

        [Fact(Timeout = 20_000)]
        public async Task Unauthenticated_connections_are_capped_across_addresses()
        {
            await using TestServer server = await TestServer.StartAsync(options => options.MaxUnauthenticatedConnections = 2);
            using Socket first = await RawSocket.ConnectAsync(server.EndPoint, RawSocket.Attacker);
            using Socket second = await RawSocket.ConnectAsync(server.EndPoint, System.Net.IPAddress.Parse("127.0.0.3"));
            await Eventually.TrueAsync(() => server.Server.Admission.UnauthenticatedConnections == 2);

            using Socket third = await RawSocket.ConnectAsync(server.EndPoint, System.Net.IPAddress.Parse("127.0.0.4"));

            await RawSocket.AssertClosedByServerAsync(third);
            Assert.Equal(1, server.Metrics.Refusals(RefusalReason.UnauthenticatedLimit));
        }
    }
}
